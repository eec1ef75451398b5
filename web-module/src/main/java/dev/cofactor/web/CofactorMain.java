package dev.cofactor.web;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Starts Cofactor. When PostgreSQL cannot be reached at start, the app stops with one message that
 * says where it tried and how to start a database, instead of a wall of stack traces.
 */
@QuarkusMain
public class CofactorMain implements QuarkusApplication {

    public static void main(String... args) {
        Quarkus.run(CofactorMain.class, CofactorMain::exit, args);
    }

    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }

    private static void exit(int code, Throwable failure) {
        Optional<SQLException> unreachable = databaseUnreachable(failure);
        if (unreachable.isPresent()) {
            System.err.println(unreachableMessage(unreachable.get()));
        } else if (failure != null) {
            failure.printStackTrace();
        }
        ApplicationLifecycleManager.getDefaultExitCodeHandler().accept(code, failure);
    }

    /** Connection failures (SQL state class 08), refused credentials (28) and a missing database (3D000). */
    static Optional<SQLException> databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                            || sql.getSQLState().equals("3D000"))) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static String unreachableMessage(SQLException cause) {
        var config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("(not set)");
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("(not set)");
        return """
                Cofactor cannot start: PostgreSQL is not reachable.
                  tried:  %s as user '%s'
                  reason: %s
                Start PostgreSQL and run Cofactor again:
                  - with Docker:  docker compose up -d db
                  - on Debian:    pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                or point Cofactor at your server with QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME
                and QUARKUS_DATASOURCE_PASSWORD (see README.md, "Configuration")."""
                .formatted(url, user, cause.getMessage().lines().findFirst().orElse(""));
    }
}
