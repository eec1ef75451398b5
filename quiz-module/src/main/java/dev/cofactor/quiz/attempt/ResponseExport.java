package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.scoring.Answer;
import dev.cofactor.quiz.scoring.Fraction;
import dev.cofactor.quiz.scoring.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A quiz's responses for export, one row per question per submitted (not practice) attempt, in the order
 * each attempt showed them (an unanswered question is worth 0), streamed from the database as they come:
 * a quiz can have millions. Who the learners are is the caller's to add.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResponseExport {

    /** One answered (or unanswered) question of an attempt: its answer by the ids the question stores, and its points. */
    public record ResponseRow(long attemptId, long learnerId, String questionId, long questionVersionId, int version,
            Optional<Answer> answer, Grade grade) {
    }

    /** Consumes rows; may write them out, and so fail with an IOException. */
    public interface Rows {
        void accept(ResponseRow row) throws IOException;
    }

    private final EntityManager entityManager;

    ResponseExport(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The learners with a counted attempt at the quiz, among {@code learners}. */
    public List<Long> learners(long quizId, Learners learners) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("""
                select distinct a.learner_id from attempt a
                where a.quiz_id = :quiz and a.submitted_at is not null and not a.practice
                  and (cast(:learners as text) is null or a.learner_id = any(cast(:learners as bigint[])))""")
                .setParameter("quiz", quizId).setParameter("learners", learners.sqlArray()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Every row, in attempt order then in the order the attempt showed its questions. */
    public void forEach(long quizId, Learners learners, Rows rows) {
        @SuppressWarnings("unchecked")
        Stream<Object[]> found = entityManager.createNativeQuery("""
                select a.id, a.learner_id, q.slug, v.version, cast(r.answer as text), coalesce(r.credit_numerator, 0),
                       coalesce(r.credit_denominator, 1), v.points, v.id
                from attempt a
                join attempt_question aq on aq.attempt_id = a.id
                join question_version v on v.id = aq.question_version_id
                join question q on q.id = v.question_id
                left join response r on r.attempt_id = a.id and r.question_version_id = v.id
                where a.quiz_id = :quiz and a.submitted_at is not null and not a.practice
                  and (cast(:learners as text) is null or a.learner_id = any(cast(:learners as bigint[])))
                order by a.id, aq.position""")
                .setParameter("quiz", quizId).setParameter("learners", learners.sqlArray()).getResultStream();
        try (found) {
            for (Object[] row : (Iterable<Object[]>) found::iterator) {
                Fraction credit = Fraction.of(((Number) row[5]).longValue(), ((Number) row[6]).longValue());
                rows.accept(new ResponseRow(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                        ((Number) row[8]).longValue(), ((Number) row[3]).intValue(), StoredAnswer.parse((String) row[4]).flatMap(StoredAnswer::answer),
                        Grade.of(credit, ((Number) row[7]).intValue())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
