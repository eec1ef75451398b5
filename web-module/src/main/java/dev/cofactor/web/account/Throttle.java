package dev.cofactor.web.account;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import dev.cofactor.quiz.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts attempts per key (an email, a client address…) in fixed windows, in PostgreSQL so that every
 * instance enforces the same limits. Taking a slot increments and reads the count in one statement, so
 * a burst of requests at once gets exactly the limit and no more; each call commits on its own, so that
 * a count is never held back by the work it guards (a bcrypt check) or undone when that work fails.
 */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
public class Throttle {

    private final EntityManager entityManager;

    Throttle(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Takes one slot of {@code key}'s window, starting a window of {@code window} when none is running.
     * Empty when the slot fits within {@code limit}; otherwise when the window ends (the slot is still
     * counted: trying on while paused does not help).
     */
    public Optional<Instant> take(String key, int limit, Duration window, Instant now) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                insert into throttle (key, count, resets_at) values (?1, 1, ?3)
                on conflict (key) do update set
                    count = case when throttle.resets_at <= ?2 then 1 else throttle.count + 1 end,
                    resets_at = case when throttle.resets_at <= ?2 then excluded.resets_at else throttle.resets_at end
                returning count, resets_at""")
                .setParameter(1, key).setParameter(2, now).setParameter(3, now.plus(window))
                .getSingleResult();
        return ((Number) row[0]).intValue() <= limit ? Optional.empty() : Optional.of(NativeRows.instant(row[1]));
    }

    /** When {@code key}'s window ends, if it already holds {@code limit} slots; empty otherwise. Takes nothing. */
    public Optional<Instant> pausedUntil(String key, int limit, Instant now) {
        return entityManager.createNativeQuery("select resets_at from throttle where key = ?1 and resets_at > ?2 and count >= ?3")
                .setParameter(1, key).setParameter(2, now).setParameter(3, limit)
                .getResultStream().findFirst().map(NativeRows::instant);
    }

    /** Forgets the key's window: a successful sign-in or password reset lifts the pause on an email. */
    public void reset(String key) {
        entityManager.createNativeQuery("delete from throttle where key = ?1").setParameter(1, key).executeUpdate();
    }

    /** Removes windows that have ended; returns how many. */
    public int forgetEnded(Instant now) {
        return entityManager.createNativeQuery("delete from throttle where resets_at <= ?1")
                .setParameter(1, now).executeUpdate();
    }
}
