package dev.cofactor.web.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.attempt.AutoSubmit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The auto-submit job on the real database: an attempt left open past its deadline is submitted once. */
@QuarkusTest
class AutoSubmitTest {

    private static final String PASSWORD = "a learner's long password";
    private static final String FINAL = "final-magnesium-bisglycinate";

    @Inject
    EntityManager entityManager;

    @Inject
    AutoSubmit job;

    @BeforeEach
    void noOtherAttemptIsOverdue() {
        job.run(); // whatever earlier tests left past its deadline
    }

    @Test
    void anAttemptPastItsDeadlineIsSubmittedLateOnceWithTheAnswersItHad() {
        String learner = newLearner();
        JsonPath attempt = start(learner);
        long id = attempt.getLong("id");
        as(learner).body(Map.of("value", true)).put("/api/attempts/" + id + "/answers/" + trueFalse(attempt))
                .then().statusCode(200);
        assertThat(job.run()).doesNotContain(id);
        pastDeadline(id);

        assertThat(job.run()).containsExactly(id);
        assertThat(job.run()).isEmpty();

        assertThat(responses(id)).isEqualTo(attempt.getList("questions").size());
        // Submitting now, as the learner's page would, answers with what the job recorded.
        JsonPath result = as(learner).post("/api/attempts/" + id + "/submission").then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("submittedAt")).isNotNull();
        assertThat(result.getBoolean("late")).isTrue();
        assertThat(result.getList("questions.answer").stream().filter(answer -> answer != null)).hasSize(1);
        assertThat(responses(id)).isEqualTo(attempt.getList("questions").size());
    }

    @Test
    void twoRunsAtOnceSubmitEachOverdueAttemptExactlyOnce() throws Exception {
        List<Long> overdue = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long id = start(newLearner()).getLong("id");
            pastDeadline(id);
            overdue.add(id);
        }
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<List<Long>>> runs = List.of(1, 2).stream().map(run -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return job.run();
        })).toList();
        List<Long> submitted = new ArrayList<>();
        for (CompletableFuture<List<Long>> run : runs) {
            submitted.addAll(run.get());
        }
        assertThat(submitted).containsExactlyInAnyOrderElementsOf(overdue);
        for (long id : overdue) {
            assertThat(responses(id)).as("responses of attempt %d", id).isEqualTo(20);
        }
    }

    @Test
    void aSubmittedAttemptIsLeftAsItWas() {
        String learner = newLearner();
        long id = start(learner).getLong("id");
        JsonPath result = as(learner).post("/api/attempts/" + id + "/submission").then().statusCode(200).extract().jsonPath();
        pastDeadline(id);

        assertThat(job.run()).doesNotContain(id);

        JsonPath again = as(learner).post("/api/attempts/" + id + "/submission").then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("submittedAt")).isEqualTo(result.getString("submittedAt"));
        assertThat(again.getBoolean("late")).isFalse();
    }

    private static String newLearner() {
        String email = "overdue-" + UUID.randomUUID() + "@example.org";
        given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password").contentType("application/json")
                .body(Map.of("displayName", "Otto Overdue", "email", email, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
        return email;
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType("application/json");
    }

    private static JsonPath start(String learner) {
        long quiz = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + FINAL + "' }.id");
        return as(learner).post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().jsonPath();
    }

    private static String trueFalse(JsonPath attempt) {
        return attempt.getString("questions.find { it.type == 'true_false' }.id");
    }

    private void pastDeadline(long id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update attempt set deadline = now() - interval '1 minute' where id = ?1")
                .setParameter(1, id).executeUpdate());
    }

    private long responses(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from response where attempt_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue());
    }
}
