package dev.cofactor.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Cofactor's own settings under {@code cofactor.*}; every one can be set by an environment variable. */
@ConfigMapping(prefix = "cofactor")
public interface CofactorConfig {

    Db db();

    interface Db {
        /** The schema Flyway migrates and the app uses (COFACTOR_DB_SCHEMA); also in the default JDBC URL. */
        String schema();

        /** How long one SQL statement may run, lock waits included, before PostgreSQL cancels it (a 503). */
        long statementTimeoutMs();
    }

    /**
     * The address people reach Cofactor at (COFACTOR_PUBLIC_URL), for links in emails. Never taken from
     * a request's Host header, which anyone can set: a reset link must not lead somewhere else.
     */
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /** The first admin, created at start when no admin exists (COFACTOR_ADMIN_EMAIL). */
    Optional<String> adminEmail();

    /** The first admin's password (COFACTOR_ADMIN_PASSWORD), at least 12 characters. */
    Optional<String> adminPassword();

    /** Seed the demo accounts listed in the README; on in dev mode and tests only. */
    @WithDefault("false")
    boolean demoAccounts();

    Session session();

    interface Session {
        /** A session ends after this long without a request (COFACTOR_SESSION_IDLE_TIMEOUT). */
        @WithDefault("2H")
        Duration idleTimeout();

        /** A session ends this long after sign-in, however busy (COFACTOR_SESSION_ABSOLUTE_LIFETIME). */
        @WithDefault("12H")
        Duration absoluteLifetime();
    }

    Account account();

    interface Account {
        Janitor janitor();

        /** The sweep of ended sessions, throttle windows and reset links (AccountJanitor). */
        interface Janitor {
            /** How often each instance tries to sweep (COFACTOR_ACCOUNT_JANITOR_EVERY); one at a time sweeps. */
            @WithDefault("10m")
            String every();

            /** How long after start the first try waits (COFACTOR_ACCOUNT_JANITOR_DELAY). */
            @WithDefault("1m")
            String delay();
        }
    }

    SignIn signIn();

    interface SignIn {
        /** Sign-in tries for one email in a window before that email pauses (a password reset lifts it). */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failed sign-ins from one client address in a window before that address pauses. */
        @WithDefault("30")
        int maxFailuresPerAddress();

        @WithDefault("15M")
        Duration window();

        /** Sign-ups from one client address per window of {@link #signUpWindow()}. */
        @WithDefault("10")
        int maxSignUpsPerAddress();

        @WithDefault("1H")
        Duration signUpWindow();

        /** How long a password reset link works. */
        @WithDefault("30M")
        Duration resetLinkLifetime();

        /** Reset emails asked for one email per hour, and from one client address per hour. */
        @WithDefault("3")
        int maxResetsPerEmail();

        @WithDefault("10")
        int maxResetsPerAddress();
    }
}
