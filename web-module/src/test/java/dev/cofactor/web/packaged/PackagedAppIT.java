package dev.cofactor.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged jar, started the way the README starts it, against a schema of its own. */
class PackagedAppIT {

    private static final String SCHEMA = "cofactor_packaged_it";
    private static final String DATABASE = System.getProperty("it.db.url", "jdbc:postgresql://localhost:5432/postgres");
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "COFACTOR_DB_SCHEMA", SCHEMA,
            "COFACTOR_ADMIN_EMAIL", "first.admin@example.org",
            "COFACTOR_ADMIN_PASSWORD", "first admin's long password");

    @BeforeAll
    @AfterAll
    static void dropSchema() throws SQLException {
        sql("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void startsOnAnEmptyDatabaseServesTheArticleAndRestartsWithoutDuplicating() throws Exception {
        dropSchema(); // the other tests share the schema and may have run first
        try (PackagedApp app = PackagedApp.start(ENVIRONMENT).awaitReady(Duration.ofSeconds(90))) {
            assertThat(app.get("/articles/magnesium-bisglycinate/genetic-factors").body())
                    .contains("<h1>Genetic Factors</h1>", "GRIN2A");
            assertThat(app.output()).contains("Seed article magnesium-bisglycinate: created");
        }
        try (PackagedApp app = PackagedApp.start(ENVIRONMENT).awaitReady(Duration.ofSeconds(90))) {
            assertThat(app.output()).contains("Seed article magnesium-bisglycinate: unchanged");
            assertThat(app.get("/api/articles").body()).containsOnlyOnce("\"slug\":\"magnesium-bisglycinate\"");
        }
        assertThat(count("select count(*) from " + SCHEMA + ".article")).isEqualTo(1);
        assertThat(count("select count(*) from " + SCHEMA + ".section")).isEqualTo(17);
    }

    @Test
    void createsTheFirstAdminFromConfigurationAndNoDemoAccounts() throws Exception {
        try (PackagedApp app = PackagedApp.start(ENVIRONMENT).awaitReady(Duration.ofSeconds(90))) {
            assertThat(app.get("/api/me", "first.admin@example.org", "first admin's long password").body())
                    .contains("\"role\":\"admin\"");
            assertThat(app.get("/api/me", "admin@cofactor.test", "cofactor-demo-password").statusCode())
                    .isEqualTo(401);
        }
        assertThat(count("select count(*) from " + SCHEMA + ".account")).isEqualTo(1);
    }

    /**
     * Started as the README and docker-compose.yml start it (no key of any kind configured): signing in,
     * signing out and asking for a password reset write no secret to the log, neither a session token
     * nor a key to make one (Quarkus's form authentication used to log its "temporary key").
     */
    @Test
    void writesNoSecretToTheLogWithTheDefaultSettings() throws Exception {
        try (PackagedApp app = PackagedApp.start(ENVIRONMENT).awaitReady(Duration.ofSeconds(90))) {
            HttpResponse<String> signedIn = app.postForm("/login", "/login",
                    Map.of("email", "first.admin@example.org", "password", "first admin's long password"));
            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(app.browse("/api/me").body()).contains("\"role\":\"admin\"");
            List<String> secrets = app.cookieValues();
            assertThat(secrets).hasSizeGreaterThanOrEqualTo(2); // the session and the pre-sign-in CSRF secret
            app.postForm("/password/forgot", "/password/forgot", Map.of("email", "first.admin@example.org"));
            assertThat(app.postForm("/account", "/logout", Map.of()).statusCode()).isEqualTo(303);
            Thread.sleep(1000); // the reset email is sent (and fails: no SMTP server) after the answer
            String output = app.output();
            assertThat(output).doesNotContainIgnoringCase("temporary key").doesNotContainIgnoringCase("encryption key")
                    .doesNotContain("first admin's long password");
            secrets.forEach(secret -> assertThat(output).doesNotContain(secret));
        }
    }

    /** A stop (SIGTERM) first answers readiness DOWN, then lets the request in flight finish before exiting. */
    @Test
    void aStopTakesTheAppOutOfReadinessAndLetsTheRequestInFlightFinish() throws Exception {
        try (PackagedApp app = PackagedApp.start(ENVIRONMENT).awaitReady(Duration.ofSeconds(90));
                Connection locker = DriverManager.getConnection(DATABASE, "postgres", "");
                Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table " + SCHEMA + ".quiz in access exclusive mode");
            var inFlight = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return app.get("/api/quizzes");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1000); // the request is inside the app, waiting for the lock
            app.stop();
            Thread.sleep(1000);
            assertThat(app.get("/q/health/ready").statusCode()).as("readiness while stopping").isEqualTo(503);
            locker.rollback();
            HttpResponse<String> answered = inFlight.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("final-magnesium-bisglycinate");
            app.awaitExit(Duration.ofSeconds(60));
        }
    }

    /**
     * Started before its database (a host reboot, compose starting both), with a JDBC URL that names no
     * schema, as deployment guides write it: the app waits, saying so, and serves once the database is up.
     */
    @Test
    void waitsForADatabaseThatComesUpLaterAndNeedsNoSchemaInTheUrl() throws Exception {
        try (LateDatabase database = new LateDatabase()) {
            Map<String, String> environment = new java.util.HashMap<>(ENVIRONMENT);
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres");
            environment.put("QUARKUS_FLYWAY_CONNECT_RETRIES_INTERVAL", "1S");
            try (PackagedApp app = PackagedApp.start(environment)) {
                java.time.Instant until = java.time.Instant.now().plusSeconds(60);
                while (!app.output().contains("Retrying in 1 sec") && java.time.Instant.now().isBefore(until)) {
                    Thread.sleep(200);
                }
                assertThat(app.output()).as("the app says it waits").contains("Connection error", "Retrying in 1 sec");
                database.open();
                app.awaitReady(Duration.ofSeconds(90));
                assertThat(app.get("/articles/magnesium-bisglycinate/genetic-factors").body()).contains("GRIN2A");
            }
        }
        assertThat(count("select count(*) from " + SCHEMA + ".article")).isEqualTo(1);
    }

    @Test
    void stopsWithOneClearMessageWhenPostgresStaysUnreachable() throws Exception {
        try (PackagedApp app = PackagedApp.start(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/postgres",
                "QUARKUS_FLYWAY_CONNECT_RETRIES", "2", "QUARKUS_FLYWAY_CONNECT_RETRIES_INTERVAL", "1S"))) {
            assertThat(app.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            String output = app.output();
            assertThat(output).contains(
                    "Cofactor cannot start: PostgreSQL is not reachable.",
                    "tried:  jdbc:postgresql://127.0.0.1:1/postgres as user 'postgres'",
                    "docker compose up -d db",
                    "QUARKUS_DATASOURCE_JDBC_URL");
            assertThat(output.lines()).as("no stack trace in:%n%s", output)
                    .noneMatch(line -> line.matches("\\s+at .*") || line.startsWith("Caused by"));
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DATABASE, "postgres", "");
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DATABASE, "postgres", "");
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
