package dev.cofactor.quiz.attempt;

import dev.cofactor.quiz.SqlFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import org.hibernate.Session;

/**
 * Keeps each quiz's statistics sums (how many counted attempts had each total, each mark on each question
 * and each choice; V20261203_1000__quiz_statistics_sums.sql) in step with its submitted attempts, in the
 * transaction that changes them, so that the report over every learner reads a few rows however many
 * attempts there are. A quiz has sums once its report was first read ({@link #ensureBuilt}); until then nothing
 * is kept for it.
 *
 * <p>Locks on the quiz's row order the writers: a submission holds {@code FOR KEY SHARE} (submissions run
 * side by side), a regrade or a build {@code FOR UPDATE} (alone). So a build counts every attempt submitted
 * before it, and a submission after it adds itself.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StatisticsSums {

    private static final String ADD = SqlFiles.read("statistics/sums-add.sql");
    /** The first read of a large quiz's report counts all its attempts: a statement's usual limit is too short. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);

    private final EntityManager entityManager;
    private final Clock clock;

    StatisticsSums(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Counts attempts just submitted, or regraded after {@link #remove}. */
    public void add(long quizId, Collection<Long> attemptIds) {
        if (lock(quizId, "for key share")) {
            write(quizId, attemptIds, 1);
        }
    }

    /** Takes attempts out before their grades change in place (a regrade), holding the quiz's sums until the end. */
    public void remove(long quizId, Collection<Long> attemptIds) {
        if (lock(quizId, "for update")) {
            write(quizId, attemptIds, -1);
        }
    }

    /**
     * Builds the quiz's sums from all its submitted attempts, unless it has them. The one statement may
     * run for minutes on a large quiz, so it gets {@link #BUILD_TIMEOUT} instead of the usual statement
     * and socket timeouts (application.properties), which are restored on the pooled connection after.
     */
    public void ensureBuilt(long quizId) {
        if (!exist(quizId) && !lock(quizId, "for update")) { // checked again under the lock: one build
            Session session = entityManager.unwrap(Session.class);
            int socketTimeout = session.doReturningWork(Connection::getNetworkTimeout);
            session.doWork(connection -> connection.setNetworkTimeout(Runnable::run, (int) BUILD_TIMEOUT.toMillis()));
            try {
                entityManager.createNativeQuery("set local statement_timeout = " + BUILD_TIMEOUT.toMillis()).executeUpdate();
                write(quizId, null, 1);
            } finally {
                session.doWork(connection -> connection.setNetworkTimeout(Runnable::run, socketTimeout));
            }
            entityManager.createNativeQuery("insert into quiz_statistics_sums (quiz_id, built_at) values (?1, ?2)")
                    .setParameter(1, quizId).setParameter(2, clock.instant()).executeUpdate();
        }
    }

    /** Locks the quiz's row the given way; whether its sums exist. */
    private boolean lock(long quizId, String how) {
        entityManager.flush();
        entityManager.createNativeQuery("select id from quiz where id = ?1 " + how).setParameter(1, quizId).getResultList();
        return exist(quizId);
    }

    private boolean exist(long quizId) {
        return !entityManager.createNativeQuery("select 1 from quiz_statistics_sums where quiz_id = ?1")
                .setParameter(1, quizId).getResultList().isEmpty();
    }

    private void write(long quizId, Collection<Long> attemptIds, int sign) {
        entityManager.createNativeQuery(ADD).setParameter("quiz", quizId).setParameter("sign", sign)
                .setParameter("attempts", Learners.sqlArray(attemptIds == null ? null : Set.copyOf(attemptIds)))
                .getSingleResult();
    }
}
