package dev.cofactor.web.admin;

import dev.cofactor.content.article.ArticleChangesDto;
import dev.cofactor.content.article.RenamedSectionDto;
import dev.cofactor.content.article.SectionLinkDto;
import dev.cofactor.quiz.question.Quotes;
import dev.cofactor.quiz.quiz.EvidenceLinks.QuestionLinkDto;
import dev.cofactor.quiz.quiz.EvidenceLinks.QuizLinkDto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What storing an article's new version would do to the questions and quizzes citing its sections,
 * worked out from a preview and the links without touching anything. A question or quiz citing a
 * renamed section follows it; one citing a removed section, or a question whose quote is not in its
 * section's new text, stops the save until it is fixed. Only those affected are listed.
 */
public record ArticleUploadPlan(ArticleChangesDto changes, List<QuestionImpact> questions, List<QuizImpact> quizzes) {

    /** What happens to something citing a section. */
    public enum Effect {
        /** Its section was renamed: it will cite the new anchor. */
        FOLLOWS(false),
        /** Its section is not in the new text. */
        SECTION_REMOVED(true),
        /** The section stays, but the question's quote is not in its new text. */
        QUOTE_LOST(true),
        /** It cited a section the stored article does not have either; the upload changes nothing about it. */
        ALREADY_MISSING(false);

        private final boolean blocks;

        Effect(boolean blocks) {
            this.blocks = blocks;
        }

        public boolean blocks() {
            return blocks;
        }
    }

    /** A question affected by the new version: {@code newAnchor} is the section it would cite, null if none. */
    public record QuestionImpact(String questionId, int version, String stemStart, String anchor, String newAnchor,
            Effect effect) {

        /** The version a question following a renamed section gets. */
        public int nextVersion() {
            return version + 1;
        }
    }

    /** A section check affected by the new version. */
    public record QuizImpact(String slug, String title, String anchor, String newAnchor, Effect effect) {
    }

    /**
     * The plan for new text that makes {@code changes} and whose sections read {@code texts} (by anchor,
     * as {@link dev.cofactor.content.article.ArticleUpload#sectionTexts()} gives them), for what cites the
     * article now.
     */
    public static ArticleUploadPlan of(ArticleChangesDto changes, Map<String, String> texts,
            List<QuestionLinkDto> questionLinks, List<QuizLinkDto> quizLinks) {
        Set<String> removed = changes.removed().stream().map(SectionLinkDto::anchor).collect(Collectors.toSet());
        Map<String, String> renamed = newAnchors(changes);

        List<QuestionImpact> questions = new ArrayList<>();
        for (QuestionLinkDto link : questionLinks) {
            String target = renamed.getOrDefault(link.anchor(), link.anchor());
            Effect effect;
            if (removed.contains(link.anchor())) {
                effect = Effect.SECTION_REMOVED;
                target = null;
            } else if (!texts.containsKey(target)) {
                effect = Effect.ALREADY_MISSING;
                target = null;
            } else if (link.quote() != null && !Quotes.isQuotedIn(link.quote(), texts.get(target))) {
                effect = Effect.QUOTE_LOST;
            } else if (!target.equals(link.anchor())) {
                effect = Effect.FOLLOWS;
            } else {
                continue;
            }
            questions.add(new QuestionImpact(link.questionId(), link.version(), link.stemStart(), link.anchor(), target,
                    effect));
        }
        List<QuizImpact> quizzes = new ArrayList<>();
        for (QuizLinkDto link : quizLinks) {
            if (removed.contains(link.anchor())) {
                quizzes.add(new QuizImpact(link.slug(), link.title(), link.anchor(), null, Effect.SECTION_REMOVED));
            } else if (renamed.containsKey(link.anchor())) {
                quizzes.add(new QuizImpact(link.slug(), link.title(), link.anchor(), renamed.get(link.anchor()),
                        Effect.FOLLOWS));
            } else if (!texts.containsKey(link.anchor())) {
                quizzes.add(new QuizImpact(link.slug(), link.title(), link.anchor(), null, Effect.ALREADY_MISSING));
            }
        }
        return new ArticleUploadPlan(changes, List.copyOf(questions), List.copyOf(quizzes));
    }

    /** Old anchor to new anchor, for each renamed section whose anchor changed. */
    public static Map<String, String> newAnchors(ArticleChangesDto changes) {
        Map<String, String> anchors = new LinkedHashMap<>();
        for (RenamedSectionDto section : changes.renamed()) {
            if (section.anchorChanged()) {
                anchors.put(section.anchor(), section.newAnchor());
            }
        }
        return anchors;
    }

    /** Why the new version cannot be stored, one entry per question or quiz; empty when it can. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        for (QuestionImpact question : questions) {
            if (question.effect() == Effect.SECTION_REMOVED) {
                problems.put("question " + question.questionId(), "The question '" + question.questionId()
                        + "' cites the section '" + question.anchor() + "', which this version removes.");
            } else if (question.effect() == Effect.QUOTE_LOST) {
                problems.put("question " + question.questionId(), "The quote of the question '" + question.questionId()
                        + "' is not in the new text of the section '" + question.newAnchor() + "'.");
            }
        }
        for (QuizImpact quiz : quizzes) {
            if (quiz.effect() == Effect.SECTION_REMOVED) {
                problems.put("quiz " + quiz.slug(), "The quiz '" + quiz.slug() + "' checks the section '" + quiz.anchor()
                        + "', which this version removes.");
            }
        }
        return problems;
    }

    public boolean blocked() {
        return questions.stream().anyMatch(q -> q.effect().blocks()) || quizzes.stream().anyMatch(q -> q.effect().blocks());
    }

    /** The questions that follow a renamed section. */
    public List<QuestionImpact> following() {
        return questions.stream().filter(q -> q.effect() == Effect.FOLLOWS).toList();
    }

    /** The quizzes that follow a renamed section. */
    public List<QuizImpact> followingQuizzes() {
        return quizzes.stream().filter(q -> q.effect() == Effect.FOLLOWS).toList();
    }

    /** The questions and quizzes that stop the save, or were already broken. */
    public List<QuestionImpact> breaking() {
        return questions.stream().filter(q -> q.effect() != Effect.FOLLOWS).toList();
    }

    public List<QuizImpact> breakingQuizzes() {
        return quizzes.stream().filter(q -> q.effect() != Effect.FOLLOWS).toList();
    }

}
