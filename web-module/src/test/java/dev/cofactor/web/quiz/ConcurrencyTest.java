package dev.cofactor.web.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Requests at once that once slipped past a check: the database decides, and nobody gets a 500. */
@QuarkusTest
class ConcurrencyTest {

    private static final String PASSWORD = "a concurrent long password";

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD).contentType("application/json");
    }

    private static <T> List<T> atOnce(int times, Supplier<T> request) {
        List<CompletableFuture<T>> running = new ArrayList<>();
        IntStream.range(0, times).forEach(i -> running.add(CompletableFuture.supplyAsync(request)));
        return running.stream().map(CompletableFuture::join).toList();
    }

    private static String newLearner() {
        String email = "storm-" + UUID.randomUUID() + "@example.org";
        admin().body(Map.of("displayName", "Storm", "email", email, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
        return email;
    }

    private static long oneAttemptQuiz() {
        String slug = "one-attempt-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> quiz = new HashMap<>(Map.of("slug", slug, "title", "One attempt", "feedback", "deferred",
                "attemptsAllowed", 1, "questions", List.of("gaba-role", "nmda-plug")));
        admin().body(quiz).queryParam("article", "magnesium-bisglycinate").put("/api/admin/quizzes/" + slug).then().statusCode(200);
        return given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + slug + "' }.id");
    }

    @Test
    void eightStartsAtOnceInOneSessionResumeOneAttempt() {
        WebClient learner = WebClient.signedIn(newLearner(), PASSWORD);
        long quiz = oneAttemptQuiz();
        List<Response> starts = atOnce(8, () -> learner.postJson("/api/quizzes/" + quiz + "/attempts", "{}"));
        assertThat(starts).allSatisfy(start -> assertThat(start.statusCode()).isEqualTo(201));
        assertThat(starts.stream().map(start -> start.jsonPath().getLong("id")).distinct()).hasSize(1);
        assertThat(starts.stream().map(start -> start.jsonPath().getList("questions.id")).distinct()).hasSize(1);
    }

    @Test
    void aStormOfStartsOnAOneAttemptQuizGivesEachLearnerOneAttempt() {
        long quiz = oneAttemptQuiz();
        List<String> learners = IntStream.range(0, 10).mapToObj(i -> newLearner()).toList();
        List<Response> starts = atOnce(40, () -> {
            String learner = learners.get((int) (Math.random() * learners.size()));
            return given().auth().preemptive().basic(learner, PASSWORD).post("/api/quizzes/" + quiz + "/attempts");
        });
        assertThat(starts).allSatisfy(start -> assertThat(start.statusCode()).isEqualTo(201));
        for (String learner : learners) {
            List<Integer> attempts = given().auth().preemptive().basic(learner, PASSWORD).get("/api/me/attempts").jsonPath()
                    .getList("findAll { it.quizId == " + quiz + " }.id");
            assertThat(attempts).as(learner).hasSizeLessThanOrEqualTo(1);
            if (!attempts.isEmpty()) {
                given().auth().preemptive().basic(learner, PASSWORD).post("/api/attempts/" + attempts.get(0) + "/submission")
                        .then().statusCode(200);
                List<Integer> again = atOnce(4, () -> given().auth().preemptive().basic(learner, PASSWORD)
                        .post("/api/quizzes/" + quiz + "/attempts").statusCode());
                assertThat(again).as("no attempt is left").containsOnly(409);
            }
        }
    }

    @Test
    void creatingOneEmailNineTimesAtOnceMakesOneAccount() {
        String email = "twice-" + UUID.randomUUID() + "@example.org";
        List<Response> created = atOnce(9, () -> admin()
                .body(Map.of("displayName", "Twin", "email", email, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users"));
        assertThat(created.stream().filter(response -> response.statusCode() == 201)).hasSize(1);
        assertThat(created.stream().filter(response -> response.statusCode() == 400)).hasSize(8)
                .allSatisfy(refused -> assertThat(refused.jsonPath().getString("errors.email"))
                        .isEqualTo("An account with this email already exists."));
        List<Response> signedUp = atOnce(6, () -> {
            WebClient browser = WebClient.anonymous();
            return browser.postForm("/signup", Map.of("displayName", "Twin", "email", "signup-" + email, "password", PASSWORD));
        });
        assertThat(signedUp).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(303));
        assertThat(admin().get("/api/admin/users").jsonPath().getList("findAll { it.email == 'signup-" + email + "' }")).hasSize(1);
    }

    @Test
    void firstExtraTimeGrantsAtOnceAllSucceed() {
        String email = newLearner();
        long id = given().auth().preemptive().basic(email, PASSWORD).get("/api/me").jsonPath().getLong("id");
        for (int round = 0; round < 3; round++) {
            String extra = String.valueOf(5 + round);
            List<Integer> grants = atOnce(6, () -> admin().body("{\"timeMultiplier\": 1.5, \"extraMinutes\": " + extra + "}")
                    .put("/api/instructor/learners/" + id + "/accommodation").statusCode());
            assertThat(grants).containsOnly(200);
        }
        assertThat(admin().get("/api/instructor/learners/" + id).jsonPath().getInt("accommodation.extraMinutes")).isEqualTo(7);
    }
}
