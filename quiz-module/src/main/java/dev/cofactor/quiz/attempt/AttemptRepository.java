package dev.cofactor.quiz.attempt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class AttemptRepository implements PanacheRepository<Attempt> {

    /** An attempt of this learner, or nothing: another learner's attempt is as good as absent. */
    public Optional<Attempt> findOwned(long attemptId, long learnerId) {
        return find("id = ?1 and learnerId = ?2", attemptId, learnerId).firstResultOptional();
    }

    /** The same, locked until the transaction ends, so two submissions cannot interleave. */
    public Optional<Attempt> findOwnedForUpdate(long attemptId, long learnerId) {
        return find("id = ?1 and learnerId = ?2", attemptId, learnerId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The attempt's state and the version of one of its questions, by the question's id (slug). */
    public Optional<AnswerTarget> findAnswerTarget(long attemptId, long learnerId, String questionId) {
        return getEntityManager().createQuery("""
                select new dev.cofactor.quiz.attempt.AnswerTarget(a.id, a.optionKey, a.submittedAt, a.deadline, v.id, v.type)
                from Attempt a join a.questions v
                where a.id = :attempt and a.learnerId = :learner and v.question.slug = :question""", AnswerTarget.class)
                .setParameter("attempt", attemptId).setParameter("learner", learnerId).setParameter("question", questionId)
                .getResultStream().findFirst();
    }

    /**
     * Serializes starts of one quiz by one learner until the transaction ends, so that reading the open
     * attempt and the count, then inserting, cannot interleave (the partial unique index
     * {@code attempt_one_open} backs it up).
     */
    public void lockStarts(long quizId, long learnerId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "cofactor.attempt-start:" + quizId + ":" + learnerId).getSingleResult();
    }

    /** A learner's graded attempts at a quiz: how many count, and the open one's id (null when none is). */
    public record Graded(long counted, Long openId) {
    }

    public Graded graded(long quizId, long learnerId) {
        Object[] row = getEntityManager().createQuery("""
                select count(*), min(a.id) filter (where a.submittedAt is null) from Attempt a
                where a.quiz.id = ?1 and a.learnerId = ?2 and a.practice = false""", Object[].class)
                .setParameter(1, quizId).setParameter(2, learnerId).getSingleResult();
        return new Graded((Long) row[0], (Long) row[1]);
    }

    public List<Attempt> listByLearner(long learnerId) {
        return find("select a from Attempt a join fetch a.quiz where a.learnerId = ?1 order by a.startedAt desc",
                learnerId).list();
    }

    /** The learner's attempt, locked until the transaction ends, when its deadline passed before {@code now} unsubmitted. */
    public Optional<Attempt> findOverdueForUpdate(long attemptId, long learnerId, Instant now) {
        return find("id = ?1 and learnerId = ?2 and submittedAt is null and deadline < ?3", attemptId, learnerId, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A timed attempt whose deadline passed unsubmitted, claimed by one transaction. */
    public record Overdue(long attemptId, long learnerId) {
    }

    /**
     * Claims up to {@code limit} timed attempts whose deadline passed before {@code now} and that nobody
     * submitted, oldest deadline first, locked until the transaction ends. Attempts another transaction
     * holds (another instance's job, a learner submitting) are skipped, not waited for, so concurrent
     * claims never share an attempt; the partial index {@code attempt_overdue} finds them.
     */
    public List<Overdue> claimOverdue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select id, learner_id from attempt
                where submitted_at is null and deadline is not null and deadline < ?1
                order by deadline limit ?2 for update skip locked""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        return rows.stream().map(row -> new Overdue(((Number) row[0]).longValue(), ((Number) row[1]).longValue())).toList();
    }

    /** The question versions the learner flagged for review in an attempt. */
    @SuppressWarnings("unchecked")
    public Set<Long> flagged(long attemptId) {
        List<Number> ids = getEntityManager().createNativeQuery(
                "select question_version_id from attempt_question where attempt_id = ?1 and flagged")
                .setParameter(1, attemptId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** Flags a question of the learner's attempt for review, or takes the flag off; false when there is no such question. */
    public boolean flag(long attemptId, long learnerId, String questionId, boolean flagged) {
        return getEntityManager().createNativeQuery("""
                update attempt_question aq set flagged = ?4
                from attempt a, question_version v, question q
                where aq.attempt_id = a.id and a.id = ?1 and a.learner_id = ?2
                  and v.id = aq.question_version_id and q.id = v.question_id and q.slug = ?3""")
                .setParameter(1, attemptId).setParameter(2, learnerId).setParameter(3, questionId).setParameter(4, flagged)
                .executeUpdate() == 1;
    }
}
