package dev.cofactor.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Cofactor's own settings under {@code cofactor.*}; every one can be set by an environment variable. */
@ConfigMapping(prefix = "cofactor")
public interface CofactorConfig {

    Db db();

    interface Db {
        /** The schema Flyway migrates and the app uses (COFACTOR_DB_SCHEMA); also in the default JDBC URL. */
        String schema();
    }

    /** The first admin, created at start when no admin exists (COFACTOR_ADMIN_EMAIL). */
    Optional<String> adminEmail();

    /** The first admin's password (COFACTOR_ADMIN_PASSWORD), at least 12 characters. */
    Optional<String> adminPassword();

    /** Seed the demo accounts listed in the README; on in dev mode and tests only. */
    @WithDefault("false")
    boolean demoAccounts();

    SignIn signIn();

    interface SignIn {
        /** Failed sign-ins for one email within the window before that email is paused. */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /** Failed sign-ins from one client address within the window before that address is paused. */
        @WithDefault("30")
        int maxFailuresPerAddress();

        @WithDefault("15M")
        Duration window();
    }
}
