package dev.cofactor.quiz.quiz;

import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import dev.cofactor.quiz.question.InvalidQuestionException;
import dev.cofactor.quiz.question.QuestionService;
import dev.cofactor.quiz.question.QuestionVersion;
import dev.cofactor.quiz.question.QuestionVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What in the question bank points at an article's sections: the current version of each question
 * (its evidence anchor and quote) and each section check. An article's new version is checked against
 * these before it is stored, and what pointed at a renamed section follows it.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class EvidenceLinks {

    /** How many words of a question's stem identify it in a list. */
    static final int STEM_WORDS = 12;

    /** A question's current version and the section it cites. */
    public record QuestionLinkDto(String questionId, int version, String anchor, String stemStart, String quote) {
    }

    /** A section check: a quiz over one section. */
    public record QuizLinkDto(String slug, String title, String anchor) {
    }

    /** What followed renamed sections: new question versions made and quizzes moved. */
    public record FollowedDto(int questionVersions, int quizzes) {
    }

    private final QuestionVersionRepository versions;
    private final QuestionService questions;

    private final Clock clock;

    EvidenceLinks(QuestionVersionRepository versions, QuestionService questions, Clock clock) {
        this.clock = clock;
        this.versions = versions;
        this.questions = questions;
    }

    /** The questions on the article, each by its current version, in order of section anchor then id. */
    public List<QuestionLinkDto> listQuestions(String articleSlug) {
        return currentVersions(articleSlug).stream()
                .map(v -> new QuestionLinkDto(v.question.slug, v.version, v.evidenceAnchor, stemStart(v.spec.stem()),
                        v.spec.quote()))
                .toList();
    }

    /** The article's section checks (a final quiz cites no section and is not listed), by anchor then slug. */
    public List<QuizLinkDto> listQuizzes(String articleSlug) {
        return versions.getEntityManager().createQuery("""
                        select q.slug, q.title, q.sectionAnchor from Quiz q
                        where q.articleSlug = ?1 and q.sectionAnchor is not null
                        order by q.sectionAnchor, q.slug""", Object[].class)
                .setParameter(1, articleSlug)
                .getResultList().stream()
                .map(row -> new QuizLinkDto((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /**
     * Points what cited a renamed section at its new anchor, in the caller's transaction: each question
     * gets a new version through {@link QuestionService#importAll}, whose checks (the quote must be in the
     * section's new text) then apply; each section check is moved. {@code newAnchors} maps an old
     * anchor to its new one.
     *
     * @throws InvalidQuestionException when a question cannot cite its section's new text; nothing is stored
     */
    @Transactional(MANDATORY)
    public FollowedDto followRenames(String articleSlug, Map<String, String> newAnchors, String author) {
        List<QuestionService.Authored> moved = new ArrayList<>();
        for (QuestionVersion current : currentVersions(articleSlug)) {
            String anchor = newAnchors.get(current.evidenceAnchor);
            if (anchor != null && !anchor.equals(current.evidenceAnchor)) {
                moved.add(new QuestionService.Authored(articleSlug, QuestionService.withEvidence(current.spec, anchor)));
            }
        }
        int made = moved.isEmpty() ? 0 : questions.importAll(moved,
                new QuestionService.Change("moved with its renamed section (article upload)", author)).changed();
        int quizzes = 0;
        // each quiz is moved once, by the anchor it had: renames that chain or swap never move it twice
        for (Quiz quiz : versions.getEntityManager().createQuery(
                "select q from Quiz q where q.articleSlug = ?1 and q.sectionAnchor is not null", Quiz.class)
                .setParameter(1, articleSlug).getResultList()) {
            String anchor = newAnchors.get(quiz.sectionAnchor);
            if (anchor != null && !anchor.equals(quiz.sectionAnchor)) {
                // the quiz's checksum (its spec as shipped) stays, so a restart's seed bank leaves the move alone
                quiz.sectionAnchor = anchor;
                quiz.updatedAt = clock.instant();
                quizzes++;
            }
        }
        return new FollowedDto(made, quizzes);
    }

    private List<QuestionVersion> currentVersions(String articleSlug) {
        return versions.find("""
                select v from QuestionVersion v join fetch v.question q
                where q.articleSlug = ?1
                  and v.version = (select max(w.version) from QuestionVersion w where w.question = q)
                order by v.evidenceAnchor, q.slug""", articleSlug).list();
    }

    /** The first words of a stem, its Markdown marks dropped: "Which receptor does magnesium block …". */
    static String stemStart(String stem) {
        if (stem == null) {
            return "";
        }
        String[] words = stem.replaceAll("[*_`#>\\[\\]]", "").strip().split("\\s+");
        String start = String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, STEM_WORDS)));
        return words.length > STEM_WORDS ? start + " …" : start;
    }
}
