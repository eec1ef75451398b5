package dev.cofactor.web.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.ShownIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Grades stay exact from each question's credit to the attempt's total, the learner's progress, the
 * gradebook and the exports; grading methods and the late rule hold on the real database.
 */
@QuarkusTest
class ExactGradesTest {

    private static final String PASSWORD = "a learner's long password";
    private static final String ADMIN = "admin@cofactor.test";
    private static final String ADMIN_PASSWORD = "cofactor-demo-password";

    @Inject
    EntityManager entityManager;

    private String run;
    private String learner;

    @BeforeEach
    void newLearner() {
        run = UUID.randomUUID().toString().substring(0, 8);
        learner = "exact-" + run + "@example.org";
        admin().body(Map.of("displayName", "Exa " + run, "email", learner, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType("application/json");
    }

    private RequestSpecification me() {
        return given().auth().preemptive().basic(learner, PASSWORD).contentType("application/json");
    }

    /** A single-choice question worth {@code points}. */
    private String singleChoice(int points) {
        String id = "exact-single-" + points + "-" + run;
        admin().body(Map.of("id", id, "type", "single_choice", "stem", "What is GABA's role in the brain?",
                "evidence", "boosting-gaba-activity", "points", points, "choices", List.of(
                        Map.of("id", "inhibitory", "text", "Inhibitory", "weight", "1"),
                        Map.of("id", "excitatory", "text", "Excitatory", "weight", "0"))))
                .queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201);
        return id;
    }

    /** A one-point matching question of three pairs: one pair right earns a third of a point. */
    private String matching(int n) {
        String id = "exact-matching-" + n + "-" + run;
        admin().body(Map.of("id", id, "type", "matching", "stem", "Match each gene to what it encodes.",
                "evidence", "boosting-gaba-activity",
                "items", List.of(Map.of("id", "grin2a", "text", "GRIN2A", "match", "receptor"),
                        Map.of("id", "slc6a9", "text", "SLC6A9", "match", "transporter"),
                        Map.of("id", "gabra1", "text", "GABRA1", "match", "channel")),
                "targets", List.of(Map.of("id", "receptor", "text", "An NMDA receptor subunit"),
                        Map.of("id", "transporter", "text", "A glycine transporter"),
                        Map.of("id", "channel", "text", "A GABA-A receptor subunit"))))
                .queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201);
        return id;
    }

    private long quiz(String slug, List<String> questions, Map<String, Object> settings) {
        Map<String, Object> quiz = new HashMap<>(settings);
        quiz.put("slug", slug);
        quiz.put("title", "Quiz " + slug);
        quiz.put("questions", new ArrayList<>(questions));
        admin().body(quiz).queryParam("article", "magnesium-bisglycinate").put("/api/admin/quizzes/" + slug)
                .then().statusCode(200);
        return given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + slug + "' }.id");
    }

    private long start(long quizId) {
        return me().post("/api/quizzes/" + quizId + "/attempts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void pick(long attempt, String question, Map<String, ?> stored) {
        me().body(ShownIds.answer(attempt, question, stored)).put("/api/attempts/" + attempt + "/answers/" + question)
                .then().statusCode(200);
    }

    /** One pair of three right: a third of the question's credit. */
    private void oneThird(long attempt, String question) {
        pick(attempt, question, Map.of("pairs", Map.of("grin2a", "receptor", "slc6a9", "channel", "gabra1", "transporter")));
    }

    private JsonPath submit(long attempt) {
        return me().post("/api/attempts/" + attempt + "/submission").then().statusCode(200).extract().jsonPath();
    }

    /** This learner's cell of the gradebook for a quiz, as an admin (who sees every learner) reads it. */
    private Map<String, Object> gradeCell(long quizId) {
        return admin().get("/api/instructor/gradebook").then().statusCode(200).extract().jsonPath()
                .getMap("rows.find { it.email == '" + learner + "' }.grades['" + quizId + "']");
    }

    @Test
    void threeThirdsOfAPointAddUpToOnePointEverywhere() {
        String seven = singleChoice(7);
        List<String> thirds = List.of(matching(1), matching(2), matching(3));
        List<String> questions = new ArrayList<>(List.of(seven));
        questions.addAll(thirds);
        long quizId = quiz("exact-" + run, questions, Map.of("passPercent", 80));

        long attempt = start(quizId);
        pick(attempt, seven, Map.of("choiceId", "inhibitory"));
        thirds.forEach(question -> oneThird(attempt, question));
        JsonPath result = submit(attempt);

        assertThat(result.getDouble("score")).isEqualTo(8.0);
        assertThat(result.getDouble("maxScore")).isEqualTo(10.0);
        assertThat(result.getDouble("percent")).isEqualTo(80.0);
        assertThat(result.getBoolean("passed")).as("80 %% exactly reaches a pass mark of 80 %%").isTrue();
        assertThat(result.getList("questions.points", Float.class)).containsExactly(7.0f, 0.3333f, 0.3333f, 0.3333f);

        String page = given().auth().preemptive().basic(learner, PASSWORD).get("/attempts/" + attempt + "/result")
                .then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select("p.score").text()).isEqualTo("8 of 10 points (80.00%) · passed");

        String progress = given().auth().preemptive().basic(learner, PASSWORD).get("/me/progress").then().statusCode(200)
                .extract().asString();
        assertThat(Jsoup.parse(progress).select("tr:contains(Quiz exact-" + run + ") td").first().text())
                .startsWith("Your grade: 80.00% (passed)");
        assertThat(gradeCell(quizId)).containsEntry("gradePercent", 80.0f).containsEntry("passed", true);

        String csv = admin().get("/api/quizzes/" + quizId + "/grades.csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().filter(line -> line.contains(learner))).singleElement().asString()
                .contains(",80.00,true,1,highest,");
    }

    @Test
    void aQuizWithoutAPassMarkSaysNeitherPassedNorNotPassedAnywhere() {
        String seven = singleChoice(7);
        long quizId = quiz("no-mark-" + run, List.of(seven), Map.of());
        long attempt = start(quizId);
        pick(attempt, seven, Map.of("choiceId", "excitatory"));
        JsonPath result = submit(attempt);
        assertThat(result.getDouble("percent")).isZero();
        assertThat((Object) result.get("passed")).as("0 %% of a quiz without a pass mark").isNull();

        String page = given().auth().preemptive().basic(learner, PASSWORD).get("/attempts/" + attempt + "/result")
                .then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select("p.score").text()).isEqualTo("0 of 7 points (0.00%)");
        String progress = given().auth().preemptive().basic(learner, PASSWORD).get("/me/progress").then().statusCode(200)
                .extract().asString();
        assertThat(Jsoup.parse(progress).select("tr:contains(Quiz no-mark-" + run + ") td").first().text())
                .startsWith("Your grade: 0.00%").doesNotContain("passed");
        assertThat(gradeCell(quizId)).containsEntry("gradePercent", 0.0f).containsEntry("passed", null);
        String gradebook = given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).get("/instructor/gradebook")
                .then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(gradebook).select("tr:contains(Exa " + run + ")").text()).contains("0.00% (1)")
                .doesNotContain("passed", "✓", "✗");
        String csv = admin().get("/api/quizzes/" + quizId + "/grades.csv").then().statusCode(200).extract().asString();
        assertThat(csv.lines().filter(line -> line.contains(learner))).singleElement().asString()
                .contains(",0.00,,1,highest,");
    }

    @Test
    void aGradingMethodPicksFromTheExactPercentsOfEveryAttempt() {
        List<String> thirds = List.of(matching(1), matching(2), matching(3));
        Map<String, Float> expected = Map.of("highest", 100.0f, "average", 44.44f, "first", 33.33f, "last", 0.0f);
        for (Map.Entry<String, Float> method : expected.entrySet()) {
            long quizId = quiz("method-" + method.getKey() + "-" + run, thirds, Map.of("gradingMethod", method.getKey()));
            long first = start(quizId);
            thirds.forEach(question -> oneThird(first, question));
            submit(first);
            long second = start(quizId);
            thirds.forEach(question -> pick(second, question,
                    Map.of("pairs", Map.of("grin2a", "receptor", "slc6a9", "transporter", "gabra1", "channel"))));
            submit(second);
            long third = start(quizId);
            thirds.forEach(question -> pick(third, question,
                    Map.of("pairs", Map.of("grin2a", "transporter", "slc6a9", "channel", "gabra1", "receptor"))));
            submit(third);
            // 1/3, 1, 0: the average is 4/9 = 44.444… %, cut to 44.44 % for display.
            assertThat(gradeCell(quizId)).as(method.getKey()).containsEntry("gradePercent", method.getValue());
        }
    }

    @Test
    void aLateAttemptUnderTheNoCreditRuleEarnsNothing() {
        String seven = singleChoice(7);
        long quizId = quiz("late-" + run, List.of(seven), Map.of("lateRule", "no_credit", "timeLimitMinutes", 10));
        long attempt = start(quizId);
        pick(attempt, seven, Map.of("choiceId", "inhibitory"));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update attempt set deadline = now() - interval '1 minute' where id = ?1")
                .setParameter(1, attempt).executeUpdate());

        JsonPath result = submit(attempt);
        assertThat(result.getBoolean("late")).isTrue();
        assertThat(result.getDouble("score")).isZero();
        assertThat(result.getDouble("questions[0].points")).isZero();
        assertThat(result.getString("questions[0].answer.choiceId")).as("the answer is kept, worth nothing").isNotNull();
    }
}
