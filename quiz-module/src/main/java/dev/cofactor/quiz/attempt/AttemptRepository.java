package dev.cofactor.quiz.attempt;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

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

    public Optional<Attempt> findOpen(long quizId, long learnerId) {
        return find("quiz.id = ?1 and learnerId = ?2 and submittedAt is null and practice = false order by id",
                quizId, learnerId).firstResultOptional();
    }

    public long countCounted(long quizId, long learnerId) {
        return count("quiz.id = ?1 and learnerId = ?2 and practice = false", quizId, learnerId);
    }

    public List<Attempt> listByLearner(long learnerId) {
        return find("select a from Attempt a join fetch a.quiz where a.learnerId = ?1 order by a.startedAt desc",
                learnerId).list();
    }
}
