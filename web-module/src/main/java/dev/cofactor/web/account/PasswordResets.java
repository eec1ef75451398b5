package dev.cofactor.web.account;

import dev.cofactor.web.CofactorConfig;
import dev.cofactor.web.InvalidInputException;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * "Forgot password": an emailed link with a random single-use token that works for 30 minutes
 * (COFACTOR_SIGN_IN_RESET_LINK_LIFETIME). Only the token's SHA-256 is stored; a newer link or a reset
 * ends the older links. Asking never says whether the email has an account, and the email is sent
 * after the answer, so that not even the time taken tells.
 */
@ApplicationScoped
public class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class);

    private final EntityManager entityManager;
    private final AccountService accounts;
    private final Throttle throttle;
    private final ReactiveMailer mailer;
    private final CofactorConfig config;
    private final Clock clock;

    PasswordResets(EntityManager entityManager, AccountService accounts, Throttle throttle, ReactiveMailer mailer,
            CofactorConfig config, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.accounts = accounts;
        this.throttle = throttle;
        this.mailer = mailer;
        this.config = config;
    }

    /** Says once at start, in production, when reset links would point at localhost. */
    void warnAboutThePublicUrl(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL && config.publicUrl().getHost().equals("localhost")) {
            LOG.warn("COFACTOR_PUBLIC_URL is not set: password reset emails link to " + config.publicUrl()
                    + ". Set it to the address people reach Cofactor at.");
        }
    }

    /**
     * Emails a reset link when the email has an enabled account. Empty when the request was taken (whether
     * or not an email goes out); otherwise when asking is possible again from this address or for this email.
     */
    public Optional<Instant> request(String email, String clientAddress) {
        String normalized = AccountService.normalizeEmail(email);
        Instant now = clock.instant();
        Optional<Instant> paused = throttle.take("reset:address:" + clientAddress,
                config.signIn().maxResetsPerAddress(), Duration.ofHours(1), now)
                .or(() -> throttle.take("reset:email:" + normalized, config.signIn().maxResetsPerEmail(),
                        Duration.ofHours(1), now));
        if (paused.isPresent()) {
            return paused;
        }
        Optional<AccountDto> account = accounts.findEnabled(normalized);
        // the same transaction either way (an unknown email issues for no account), so the time taken tells nothing
        String token = QuarkusTransaction.requiringNew().call(() -> issue(account.map(AccountDto::id).orElse(null), now));
        account.ifPresent(found -> send(found, token));
        return Optional.empty();
    }

    /** Whether a link's token can still set a password, for the page it opens. */
    public boolean isUsable(String token) {
        return Tokens.isWellFormed(token) && QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from password_reset where token_hash = ?1 and used_at is null and expires_at > ?2")
                .setParameter(1, Tokens.sha256(token)).setParameter(2, clock.instant()).getSingleResult()).longValue() == 1);
    }

    /**
     * Sets the new password and uses the token up, in one transaction: a refused password leaves the link
     * working, and two uses at once get one success (the update that marks it used is the check).
     */
    public void reset(String token, String password) {
        String email = QuarkusTransaction.requiringNew().call(() -> {
            Object account = !Tokens.isWellFormed(token) ? null : entityManager.createNativeQuery("""
                    update password_reset set used_at = ?2 where token_hash = ?1 and used_at is null and expires_at > ?2
                    returning account_id""").setParameter(1, Tokens.sha256(token)).setParameter(2, clock.instant())
                    .getResultStream().findFirst().orElse(null);
            if (account == null) {
                throw new InvalidInputException(Map.of("token",
                        "This link has expired or has been used. Ask for a new one below."));
            }
            long accountId = ((Number) account).longValue();
            entityManager.createNativeQuery("delete from password_reset where account_id = ?1 and used_at is null")
                    .setParameter(1, accountId).executeUpdate();
            return accounts.resetPassword(accountId, password);
        });
        accounts.liftPause(email);
    }

    /** Removes links that have expired or been used; returns how many. */
    public int forgetEnded() {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from password_reset where expires_at <= ?1 or used_at is not null")
                .setParameter(1, clock.instant()).executeUpdate());
    }

    /** A new link's token, its older links ended; for no account (null), the same statements change nothing. */
    private String issue(Long accountId, Instant now) {
        long id = accountId == null ? -1 : accountId;
        entityManager.createNativeQuery("delete from password_reset where account_id = ?1").setParameter(1, id)
                .executeUpdate();
        String token = Tokens.newToken();
        if (accountId == null) {
            return token;
        }
        Instant created = now.truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("""
                insert into password_reset (token_hash, account_id, created_at, expires_at) values (?1, ?2, ?3, ?4)""")
                .setParameter(1, Tokens.sha256(token)).setParameter(2, accountId).setParameter(3, created)
                .setParameter(4, created.plus(config.signIn().resetLinkLifetime())).executeUpdate();
        return token;
    }

    private void send(AccountDto account, String token) {
        String link = config.publicUrl().resolve("/password/reset?token=" + token).toString();
        long minutes = config.signIn().resetLinkLifetime().toMinutes();
        Mail mail = Mail.withText(account.email(), "Reset your Cofactor password", """
                Hello %s,

                Someone asked to reset the password of your Cofactor account. To choose a new password, open
                this link within %d minutes:

                %s

                The link works once. If you did not ask, ignore this email: your password stays as it is.
                """.formatted(account.displayName(), minutes, link));
        mailer.send(mail).subscribe().with(sent -> { }, failure ->
                LOG.warnf("A password reset email could not be sent (%s); the person can ask again.",
                        failure.getClass().getSimpleName()));
    }
}
