package dev.cofactor.web.account;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Every {@code cofactor.account.janitor.every} (10 minutes): forgets ended sessions, finished throttle
 * windows and spent reset links. Each instance schedules it, but a sweep first takes a PostgreSQL
 * transaction advisory lock without waiting, so while one instance sweeps the others skip.
 */
@ApplicationScoped
class AccountJanitor {

    private static final Logger LOG = Logger.getLogger(AccountJanitor.class);

    /** The lock's key, as SQL: any session can take it by the same expression (faults/cluster/run.sh does). */
    static final String LOCK = "hashtextextended('cofactor.account-janitor', 0)";

    private final SessionService sessions;
    private final Throttle throttle;
    private final PasswordResets resets;
    private final EntityManager entityManager;

    private final Clock clock;

    AccountJanitor(SessionService sessions, Throttle throttle, PasswordResets resets, EntityManager entityManager,
            Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.throttle = throttle;
        this.resets = resets;
        this.entityManager = entityManager;
    }

    @Scheduled(identity = "account-janitor", every = "${cofactor.account.janitor.every:10m}",
            delayed = "${cofactor.account.janitor.delay:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sweep();
    }

    /** Sweeps and returns true, or returns false at once when another instance holds the lock. */
    @Transactional
    boolean sweep() {
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK + ")")
                .getSingleResult();
        if (!mine) {
            LOG.info("Account janitor skipped: another instance is sweeping");
            return false;
        }
        int ended = sessions.closeExpired();
        int windows = throttle.forgetEnded(clock.instant());
        int links = resets.forgetEnded();
        LOG.infof("Account janitor swept: %d sessions, %d throttle windows, %d reset links", ended, windows, links);
        return true;
    }
}
