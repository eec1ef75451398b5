package dev.cofactor.web.account;

import dev.cofactor.web.CofactorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Counts failed sign-ins per email and per client address over a sliding window, in PostgreSQL so
 * that every app instance enforces the same limits.
 */
@ApplicationScoped
@Transactional
public class SignInThrottle {

    private final EntityManager entityManager;
    private final CofactorConfig.SignIn limits;

    SignInThrottle(EntityManager entityManager, CofactorConfig config) {
        this.entityManager = entityManager;
        this.limits = config.signIn();
    }

    public boolean isPaused(String email, String clientAddress, Instant now) {
        Instant since = now.minus(limits.window());
        return failures("email", email, since) >= limits.maxFailuresPerAccount()
                || failures("client_address", clientAddress, since) >= limits.maxFailuresPerAddress();
    }

    public void recordFailure(String email, String clientAddress, Instant now) {
        entityManager.createNativeQuery(
                "insert into sign_in_failure (email, client_address, failed_at) values (?1, ?2, ?3)")
                .setParameter(1, email).setParameter(2, clientAddress).setParameter(3, now)
                .executeUpdate();
        entityManager.createNativeQuery("delete from sign_in_failure where failed_at < ?1")
                .setParameter(1, now.minus(limits.window()))
                .executeUpdate();
    }

    /** A successful sign-in forgets that email's earlier failures; the address keeps its count. */
    public void forgetFailures(String email) {
        entityManager.createNativeQuery("delete from sign_in_failure where email = ?1")
                .setParameter(1, email).executeUpdate();
    }

    private long failures(String column, String value, Instant since) {
        return ((Number) entityManager.createNativeQuery(
                "select count(*) from sign_in_failure where " + column + " = ?1 and failed_at >= ?2")
                .setParameter(1, value).setParameter(2, since).getSingleResult()).longValue();
    }
}
