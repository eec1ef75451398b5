package dev.cofactor.quiz.question;

import dev.cofactor.quiz.question.QuestionService.Authored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the bank refuses in a question: its own rules ({@link QuestionSpec#check}), then whether its
 * evidence anchor names a section of its article and its quote is in that section. Writes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuestionValidator {

    private final QuestionRepository questions;
    private final EvidenceCatalog evidence;

    QuestionValidator(QuestionRepository questions, EvidenceCatalog evidence) {
        this.questions = questions;
        this.evidence = evidence;
    }

    /** What the editor would refuse in this question, by field. */
    public Map<String, String> check(Authored authored) {
        return problems(authored, false);
    }

    /**
     * Problems of one question by field. With {@code draftAllowed}, a question without an anchor is a
     * draft (imports make them); otherwise the anchor is required.
     */
    Map<String, String> problems(Authored authored, boolean draftAllowed) {
        QuestionSpec spec = authored.spec();
        Map<String, String> problems = new LinkedHashMap<>(spec.check());
        boolean draft = spec.evidence() == null || spec.evidence().isBlank();
        if (draft && draftAllowed) {
            problems.remove("evidence");
        }
        Optional<Question> existing = spec.id() == null ? Optional.empty() : questions.findBySlug(spec.id());
        if (existing.isPresent() && existing.get().articleSlug != null && !draft
                && !existing.get().articleSlug.equals(authored.articleSlug())) {
            problems.put("evidence", "This question belongs to the article '" + existing.get().articleSlug
                    + "': choose one of its sections.");
        } else if (!draft && !problems.containsKey("evidence")) {
            Optional<String> text = authored.articleSlug() == null ? Optional.empty()
                    : evidence.sectionText(authored.articleSlug(), spec.evidence());
            if (authored.articleSlug() == null) {
                problems.put("evidence", "Name the article as well as the section: article-slug#" + spec.evidence() + ".");
            } else if (text.isEmpty()) {
                problems.put("evidence", "The article '" + authored.articleSlug() + "' has no section '" + spec.evidence() + "'.");
            } else if (spec.quote() != null && !spec.quote().isBlank() && !Quotes.isQuotedIn(spec.quote(), text.get())) {
                problems.put("quote", "The quote is not in the section '" + spec.evidence() + "'.");
            }
        }
        return problems;
    }

    /** Refuses the lot, with every problem prefixed by its question's id, when any question has one. */
    void requireAllSound(List<Authored> all, boolean draftAllowed) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Authored authored : all) {
            String id = authored.spec().id();
            if (id != null && !ids.add(id)) {
                problems.add(id + ": the id is used twice.");
            }
            problems(authored, draftAllowed).values().forEach(problem -> problems.add(id + ": " + problem));
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
    }
}
