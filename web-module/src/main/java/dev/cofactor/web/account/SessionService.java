package dev.cofactor.web.account;

import dev.cofactor.quiz.NativeRows;
import dev.cofactor.web.CofactorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Sessions kept in PostgreSQL. A session is a random 256-bit token, given to the browser in a cookie and
 * stored here only as its SHA-256; it ends when its owner signs out, after the idle timeout, after the
 * absolute lifetime, and at once on every instance when the password changes, the account is disabled
 * or someone signs it out everywhere. There is no key to configure, so none can leak.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    /** How stale the last-seen time may get before a request writes it again: one write a minute, not one a request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A session that is still good, with its account and the token that names it. */
    public record Session(AccountDto account, String token) {
    }

    private final EntityManager entityManager;
    private final CofactorConfig.Session limits;
    private final Clock clock;

    SessionService(EntityManager entityManager, CofactorConfig config, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.limits = config.session();
    }

    /** Starts a session for the account; returns the token for the cookie, which is stored nowhere. */
    public String open(long accountId) {
        String token = Tokens.newToken();
        Instant now = now();
        entityManager.createNativeQuery("""
                insert into account_session (token_hash, account_id, created_at, last_seen_at) values (?1, ?2, ?3, ?3)""")
                .setParameter(1, Tokens.sha256(token)).setParameter(2, accountId).setParameter(3, now).executeUpdate();
        return token;
    }

    /**
     * The session a cookie names, while it is good: it exists, its account is enabled, and neither its
     * idle timeout nor its absolute lifetime has passed. A session found stale is removed.
     */
    public Optional<Session> resume(String token) {
        if (!Tokens.isWellFormed(token)) {
            return Optional.empty();
        }
        byte[] hash = Tokens.sha256(token);
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select s.id, s.created_at, s.last_seen_at, a.id as account_id, a.email, a.display_name, a.role,
                       a.enabled, a.created_at as account_created_at, a.time_zone
                from account_session s join account a on a.id = s.account_id
                where s.token_hash = ?1""").setParameter(1, hash)
                .getResultStream().findFirst().orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        long sessionId = ((Number) row[0]).longValue();
        Instant now = now();
        Instant lastSeen = NativeRows.instant(row[2]);
        boolean good = (Boolean) row[7]
                && now.isBefore(NativeRows.instant(row[1]).plus(limits.absoluteLifetime()))
                && now.isBefore(lastSeen.plus(limits.idleTimeout()));
        if (!good) {
            close(token);
            return Optional.empty();
        }
        if (lastSeen.plus(TOUCH_EVERY).isBefore(now)) {
            entityManager.createNativeQuery("update account_session set last_seen_at = ?1 where id = ?2")
                    .setParameter(1, now).setParameter(2, sessionId).executeUpdate();
        }
        AccountDto account = new AccountDto(((Number) row[3]).longValue(), (String) row[4], (String) row[5],
                Role.valueOf((String) row[6]), true, NativeRows.instant(row[8]), (String) row[9]);
        return Optional.of(new Session(account, token));
    }

    /** Signing out: the session ends, here and on every instance. */
    public void close(String token) {
        if (Tokens.isWellFormed(token)) {
            entityManager.createNativeQuery("delete from account_session where token_hash = ?1")
                    .setParameter(1, Tokens.sha256(token)).executeUpdate();
        }
    }

    /** Ends every session of the account; returns how many there were. */
    public int closeAll(long accountId) {
        return entityManager.createNativeQuery("delete from account_session where account_id = ?1")
                .setParameter(1, accountId).executeUpdate();
    }

    /** Ends every session of the account but the one {@code keep} names. */
    public int closeOthers(long accountId, String keep) {
        return entityManager.createNativeQuery("delete from account_session where account_id = ?1 and token_hash <> ?2")
                .setParameter(1, accountId).setParameter(2, Tokens.sha256(keep)).executeUpdate();
    }

    /** Removes sessions past their idle timeout or absolute lifetime; returns how many. */
    public int closeExpired() {
        Instant now = now();
        return entityManager.createNativeQuery("delete from account_session where last_seen_at < ?1 or created_at < ?2")
                .setParameter(1, now.minus(limits.idleTimeout())).setParameter(2, now.minus(limits.absoluteLifetime()))
                .executeUpdate();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
