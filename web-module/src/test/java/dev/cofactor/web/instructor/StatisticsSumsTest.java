package dev.cofactor.web.instructor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.SqlFiles;
import dev.cofactor.quiz.attempt.Learners;
import dev.cofactor.quiz.question.QuestionSeeds;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.quiz.FeedbackMode;
import dev.cofactor.quiz.quiz.GradingMethod;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.quiz.QuizSpec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics sums kept at submission and regrade hold exactly what the report's full SQL statement
 * counts from the responses: after submissions made side by side, second attempts, and a regrade that
 * changes a question's key and points.
 */
@QuarkusTest
class StatisticsSumsTest {

    static final String ADMIN = "admin@cofactor.test";
    static final String DEMO_PASSWORD = "cofactor-demo-password";
    static final String PASSWORD = "a learner's long password";
    static final String ARTICLE = "magnesium-bisglycinate";
    static final String FULL = SqlFiles.read("statistics/quiz-statistics.sql");
    static final String SUMS = SqlFiles.read("statistics/quiz-statistics-sums.sql");

    @Inject
    QuizService quizzes;

    @Inject
    QuestionSeeds questions;

    @Inject
    EntityManager entityManager;

    final Random random = new Random(14);
    String probe;
    long quizId;

    @BeforeEach
    void aQuizWithItsSumsBuilt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        probe = "sums-probe-" + run;
        questions.load(ARTICLE, List.of(trueFalse(probe, true, null)));
        String slug = "sums-" + run;
        quizzes.loadSeed(ARTICLE, List.of(new QuizSpec(slug, "Sums " + run, null, FeedbackMode.DEFERRED, null, false, false,
                null, null, GradingMethod.HIGHEST, 50, null, List.of("gaba-role", "calm-two-actions", "nmda-plug", probe))));
        quizId = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + slug + "' }.id");
        assertThat(report("all").getLong("attempts")).as("the first read builds the (empty) sums").isZero();
    }

    @Test
    void submissionsSideBySideAndARegradeKeepTheSumsEqualToTheFullCount() throws Exception {
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            learners.add(newLearner());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 2; round++) {
                List<Callable<Integer>> takes = learners.stream().map(email -> (Callable<Integer>) () -> take(email)).toList();
                for (Future<Integer> submitted : pool.invokeAll(takes)) {
                    assertThat(submitted.get()).as("submission status").isEqualTo(200);
                }
                assertSumsEqualTheFullCount();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(report("all").getLong("attempts")).isEqualTo(16);
        assertThat(report("first").getLong("attempts")).isEqualTo(8);

        questions.load(ARTICLE, List.of(trueFalse(probe, false, 3))); // the key was wrong, and it is worth 3 points
        as(ADMIN).contentType("application/json").body(Map.of("questionId", probe))
                .post("/api/quizzes/" + quizId + "/regrades?dryRun=false").then().statusCode(201);
        assertSumsEqualTheFullCount();
    }

    /** One attempt: start, random answers to some questions (some left blank), submit; the submission's status. */
    private int take(String email) {
        JsonPath attempt = as(email).contentType("application/json").post("/api/quizzes/" + quizId + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        long id = attempt.getLong("id");
        List<Map<String, Object>> shown = attempt.getList("questions");
        for (Map<String, Object> question : shown) {
            Map<String, Object> answer = randomAnswer(question);
            if (answer != null) {
                as(email).contentType("application/json").body(answer)
                        .put("/api/attempts/" + id + "/answers/" + question.get("id")).then().statusCode(200);
            }
        }
        return as(email).contentType("application/json").post("/api/attempts/" + id + "/submission").statusCode();
    }

    @SuppressWarnings("unchecked")
    private synchronized Map<String, Object> randomAnswer(Map<String, Object> question) {
        if (random.nextInt(5) == 0) {
            return null;
        }
        List<String> choices = ((List<Map<String, Object>>) question.getOrDefault("choices", List.of())).stream()
                .map(choice -> (String) choice.get("id")).toList();
        return switch (((String) question.get("type")).toLowerCase(Locale.ROOT)) {
            case "single_choice" -> Map.of("choiceId", choices.get(random.nextInt(choices.size())));
            case "multiple_response" -> Map.of("choiceIds", choices.subList(0, 1 + random.nextInt(choices.size())));
            case "true_false" -> Map.of("value", random.nextBoolean());
            default -> throw new IllegalStateException("no random answer for " + question.get("type"));
        };
    }

    private void assertSumsEqualTheFullCount() {
        for (String set : List.of("all", "first")) {
            assertThat(rows(SUMS, set, false)).as(set + " attempts").containsExactlyInAnyOrderElementsOf(rows(FULL, set, true));
        }
    }

    /** The statement's rows over every learner, values rounded past floating-point summing order. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> rows(String sql, String set, boolean byLearners) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql).setParameter("quiz", quizId).setParameter("which", set);
            if (byLearners) {
                query.setParameter("learners", Learners.EVERYONE.sqlArray());
            }
            List<List<Object>> rows = new ArrayList<>();
            for (Object[] row : (List<Object[]>) query.getResultList()) {
                List<Object> values = new ArrayList<>();
                for (Object value : row) {
                    values.add(value instanceof Number number ? Math.round(number.doubleValue() * 1e6) / 1e6 : value);
                }
                rows.add(values);
            }
            return rows;
        });
    }

    private JsonPath report(String set) {
        return as(ADMIN).queryParam("attempts", set).get("/api/quizzes/" + quizId + "/statistics")
                .then().statusCode(200).extract().jsonPath();
    }

    private static QuestionSpec trueFalse(String id, boolean correct, Integer points) {
        return new QuestionSpec(id, QuestionType.TRUE_FALSE, "Magnesium is a multitasking mineral.", points, List.of("GABA-A"),
                "how-magnesium-calms-your-brain", "multitasking mineral", null, null, null, null, null, null, null,
                correct, null, null, null, null);
    }

    private static String newLearner() {
        String email = "sums-" + UUID.randomUUID() + "@example.org";
        as(ADMIN).contentType("application/json")
                .body(Map.of("displayName", "Sums learner", "email", email, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
        return email;
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, email.endsWith("@cofactor.test") ? DEMO_PASSWORD : PASSWORD);
    }
}
