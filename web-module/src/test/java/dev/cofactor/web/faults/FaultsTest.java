package dev.cofactor.web.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults that fit in the suite's time, on the real PostgreSQL: saves that arrive out of order, every
 * pooled connection killed, and a statement held past the statement timeout (5 s in tests).
 */
@QuarkusTest
class FaultsTest {

    private static final String PASSWORD = "a faulty long password";

    private String learner;

    @BeforeEach
    void newLearner() {
        learner = "fault-" + UUID.randomUUID() + "@example.org";
        given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password").contentType("application/json")
                .body(Map.of("displayName", "Faye Fault", "email", learner, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
    }

    private RequestSpecification me() {
        return given().auth().preemptive().basic(learner, PASSWORD).contentType("application/json");
    }

    private long startSectionCheck() {
        long quiz = given().get("/api/quizzes").jsonPath()
                .getLong("find { it.slug == 'check-how-magnesium-calms-your-brain' }.id");
        return me().post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Response save(long attempt, boolean value, String page, String sequence) {
        RequestSpecification request = me().body(Map.of("value", value));
        if (page != null) {
            request = request.header("Cofactor-Save-Page", page);
        }
        if (sequence != null) {
            request = request.header("Cofactor-Save-Sequence", sequence);
        }
        return request.put("/api/attempts/" + attempt + "/answers/nmda-plug");
    }

    private Object stored(long attempt) {
        return me().get("/api/attempts/" + attempt).jsonPath().get("questions.find { it.id == 'nmda-plug' }.answer.value");
    }

    @Test
    void aSaveThatArrivesAfterALaterSaveOfItsPageIsRefusedAndTheNewerAnswerStays() {
        long attempt = startSectionCheck();
        save(attempt, true, "page-a", "2").then().statusCode(200);
        Response late = save(attempt, false, "page-a", "1");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.jsonPath().getString("detail")).contains("later answer to this question, from this page");
        assertThat(stored(attempt)).isEqualTo(true);

        save(attempt, true, "page-a", "2").then().statusCode(200); // a retry of the stored save is no conflict
        save(attempt, false, "page-b", "1").then().statusCode(200); // another tab is another page: it replaces
        assertThat(stored(attempt)).isEqualTo(false);
        save(attempt, true, null, null).then().statusCode(200); // unordered (the HTML form without script)
        assertThat(stored(attempt)).isEqualTo(true);

        for (String[] half : List.of(new String[] {"page-a", null}, new String[] {null, "3"},
                new String[] {"page a", "3"}, new String[] {"page-a", "0"}, new String[] {"page-a", "-1"})) {
            Response bad = save(attempt, false, half[0], half[1]);
            assertThat(bad.statusCode()).as(String.join(",", String.valueOf(half[0]), String.valueOf(half[1]))).isEqualTo(400);
            assertThat(bad.jsonPath().getString("detail")).contains("Cofactor-Save-Sequence");
        }
        assertThat(stored(attempt)).isEqualTo(true);
    }

    @Test
    void afterEveryPooledConnectionIsKilledNoRequestFails() throws Exception {
        List<Integer> warm = atOnce(20, () -> given().get("/api/quizzes").statusCode());
        assertThat(warm).containsOnly(200);
        int killed;
        try (Connection admin = connect(); Statement statement = admin.createStatement()) {
            var result = statement.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where application_name = 'cofactor-" + schema() + "' and pid <> pg_backend_pid()");
            result.next();
            killed = result.getInt(1);
        }
        assertThat(killed).as("pooled connections killed").isPositive();
        List<Integer> after = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            after.addAll(atOnce(20, () -> given().get("/api/quizzes").statusCode()));
        }
        assertThat(after).as("after %d connections were killed", killed).containsOnly(200);
    }

    @Test
    void aStatementHeldPastTheTimeoutAnswers503WithRetryAfterReadinessIsDownAndTheLogSaysItOnce() throws Exception {
        Path log = Path.of("target/quarkus-test.log");
        long tracedBefore = traced(log);
        try (Connection locker = connect(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table " + schema() + ".quiz, " + schema() + ".article in access exclusive mode");
            Instant asked = Instant.now();
            CompletableFuture<Response> page = CompletableFuture.supplyAsync(() ->
                    given().accept("text/html").get("/articles/magnesium-bisglycinate"));
            List<Response> held = atOnce(3, () -> given().accept("application/json").get("/api/quizzes"));
            assertThat(Duration.between(asked, Instant.now())).as("bounded by the 5 s statement timeout")
                    .isLessThan(Duration.ofSeconds(14));
            assertThat(held).allSatisfy(response -> {
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.header("Retry-After")).isEqualTo("5");
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.jsonPath().getString("detail")).contains("Try again in a few seconds");
            });
            assertThat(page.join().statusCode()).isEqualTo(503);
            assertThat(page.join().header("Retry-After")).isEqualTo("5");
            assertThat(page.join().contentType()).startsWith("text/html");
            assertThat(page.join().asString()).contains("Busy for a moment").contains("Try again in a few seconds");
            Response ready = given().get("/q/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.jsonPath().getString("checks.find { it.name == 'database-serves-requests' }.status"))
                    .isEqualTo("DOWN");
            locker.rollback();
        }
        // one trace for the first of its kind, none when another test's timeouts of the last 10 s were traced
        assertThat(traced(log) - tracedBefore).as("stack traces logged for 4 timed-out requests").isLessThanOrEqualTo(1);
        assertThat(Files.readString(log)).contains("The database did not answer in time (TIMED_OUT)");
        Instant until = Instant.now().plusSeconds(20);
        int status;
        do {
            Thread.sleep(250);
            status = given().get("/q/health/ready").statusCode();
        } while (status != 200 && Instant.now().isBefore(until));
        assertThat(status).as("readiness once the database serves again").isEqualTo(200);
        given().get("/api/quizzes").then().statusCode(200);
    }

    @Test
    void aSignedInReaderIsNotSignedOutByAnOutage() throws Exception {
        WebClient reader = WebClient.signedIn(learner, PASSWORD);
        reader.get("/api/me").then().statusCode(200);
        try (Connection locker = connect(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("lock table " + schema() + ".account_session in access exclusive mode");
            Response api = reader.get("/api/me");
            Response page = reader.get("/me/progress");
            locker.rollback();
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.header("Retry-After")).isEqualTo("5");
            assertThat(page.statusCode()).as("a page, not a redirect to sign in").isEqualTo(503);
            assertThat(api.getHeaders().getValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(WebClient.SESSION_COOKIE));
        }
        reader.get("/api/me").then().statusCode(200); // still signed in
    }

    private static long traced(Path log) throws Exception {
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("further failures of this kind are counted")).count();
        }
    }

    private static <T> List<T> atOnce(int times, java.util.function.Supplier<T> request) {
        List<CompletableFuture<T>> running = IntStream.range(0, times)
                .mapToObj(i -> CompletableFuture.supplyAsync(request)).toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    private static String schema() {
        return ConfigProvider.getConfig().getValue("cofactor.db.schema", String.class);
    }

    private static Connection connect() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
    }
}
