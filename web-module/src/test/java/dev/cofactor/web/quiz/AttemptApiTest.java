package dev.cofactor.web.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.cofactor.web.testing.ShownIds;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole life of an attempt over the JSON API, on the real database, as fresh learners. */
@QuarkusTest
class AttemptApiTest {

    private static final String PASSWORD = "a learner's long password";

    @Inject
    EntityManager entityManager;

    private String learner;

    @BeforeEach
    void newLearner() {
        learner = "taker-" + UUID.randomUUID() + "@example.org";
        given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password")
                .contentType("application/json")
                .body(Map.of("displayName", "Tess Taker", "email", learner, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
    }

    private RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType("application/json");
    }

    private RequestSpecification me() {
        return as(learner);
    }

    private static long quizId(String slug) {
        return given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + slug + "' }.id");
    }

    private JsonPath start(String slug) {
        return me().post("/api/quizzes/" + quizId(slug) + "/attempts").then().statusCode(201).extract().jsonPath();
    }

    private Response answer(long attempt, String question, Object body) {
        return me().body(body).put("/api/attempts/" + attempt + "/answers/" + question);
    }

    /** Answers with the seed bank's ids of the options picked, sent as the ids this attempt shows. */
    private Response pick(long attempt, String question, Map<String, ?> stored) {
        return answer(attempt, question, ShownIds.answer(attempt, question, stored));
    }

    @Test
    void aLearnerAnswersSubmitsAndGetsAnExactScoreWithEvidence() {
        JsonPath attempt = start("check-how-magnesium-calms-your-brain");
        long id = attempt.getLong("id");
        assertThat(attempt.getList("questions.id")).containsExactly(
                "calm-two-actions", "gaba-role", "gaba-binding-site", "nmda-plug", "nmda-prevents-influx");

        pick(id, "calm-two-actions", Map.of("choiceIds", List.of("boost-gaba"))).then().statusCode(200);
        pick(id, "gaba-role", Map.of("choiceId", "inhibitory")).then().statusCode(200);
        answer(id, "gaba-binding-site", Map.of("text", "  Benzodiazepine binding region ")).then().statusCode(200);
        answer(id, "nmda-plug", Map.of("value", false)).then().statusCode(200);

        JsonPath result = me().post("/api/attempts/" + id + "/submission").then().statusCode(200).extract().jsonPath();
        assertThat(result.getDouble("score")).isEqualTo(2.5);
        assertThat(result.getDouble("maxScore")).isEqualTo(5.0);
        assertThat(result.getDouble("percent")).isEqualTo(50.0);
        assertThat(result.getBoolean("late")).isFalse();
        assertThat(result.getList("questions.correct")).containsExactly(false, true, true, false, false);
        assertThat(result.getDouble("questions[0].points")).isEqualTo(0.5);
        assertThat(result.getList("questions[0].rightAnswer.choiceIds")).containsExactlyInAnyOrder(
                ShownIds.choice(id, "calm-two-actions", "boost-gaba"), ShownIds.choice(id, "calm-two-actions", "block-nmda"));
        assertThat(result.getString("questions[3].evidence.link"))
                .isEqualTo("/articles/magnesium-bisglycinate/blocking-nmda-receptors");
        assertThat(result.getString("questions[3].evidence.title")).isEqualTo("Blocking NMDA Receptors");
        assertThat(result.getString("questions[4].answer")).isNull();
    }

    @Test
    void anAnswerCanBeClearedAndThenCountsAsNotAnsweredAndNoEarlierSaveBringsItBack() {
        long id = start("check-how-magnesium-calms-your-brain").getLong("id");
        answer(id, "gaba-binding-site", Map.of("text", "calcium")).then().statusCode(200);
        pick(id, "calm-two-actions", Map.of("choiceIds", List.of("boost-gaba"))).then().statusCode(200);
        assertThat(me().get("/api/attempts/" + id).jsonPath().getInt("answered")).isEqualTo(2);

        String path = "/api/attempts/" + id + "/answers/gaba-binding-site";
        me().header("Cofactor-Save-Page", "page-a").header("Cofactor-Save-Sequence", "2").delete(path).then().statusCode(204);
        me().header("Cofactor-Save-Page", "page-a").header("Cofactor-Save-Sequence", "1").body(Map.of("text", "calcium"))
                .put(path).then().statusCode(409); // the save sent before the clear arrives late: refused
        answer(id, "calm-two-actions", Map.of("choiceIds", List.of())).then().statusCode(200); // nothing ticked

        JsonPath now = me().get("/api/attempts/" + id).jsonPath();
        assertThat(now.getInt("answered")).isZero();
        assertThat(now.getMap("questions.find { it.id == 'gaba-binding-site' }")).doesNotContainKey("answer");
        assertThat(now.getMap("questions.find { it.id == 'calm-two-actions' }")).doesNotContainKey("answer");
        me().post("/api/attempts/" + id + "/checks/gaba-binding-site").then().statusCode(409)
                .body("detail", equalTo("Answer this question before checking it."));
        JsonPath result = me().post("/api/attempts/" + id + "/submission").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("questions.answered")).containsOnly(false);
        assertThat(result.getDouble("score")).isZero();
    }

    @Test
    void withoutJavaScriptAnEmptiedAnswerIsClearedAndANumberThatIsNotOneStaysInItsFieldWithTheMessage() {
        JsonPath attempt = start("final-magnesium-bisglycinate");
        long id = attempt.getLong("id");
        int numeric = attempt.getList("questions.type").indexOf("numeric") + 1;
        int text = attempt.getList("questions.type").indexOf("short_answer") + 1;
        WebClient browser = WebClient.signedIn(learner, PASSWORD);
        String question = "/attempts/" + id + "/questions/";

        Response refused = browser.postForm(question + numeric, Map.of("number", "two", "action", "next"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#number").val()).isEqualTo("two");
        assertThat(page.select("#number").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#answer-error").text()).isEqualTo("'two' is not a number. Enter a number, like 3 or 2.5.");

        assertThat(browser.postForm(question + text, Map.of("text", "calcium", "action", "next")).statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(browser.get(question + text).asString()).select("button[value=clear]").text())
                .isEqualTo("Clear my answer");
        assertThat(browser.postForm(question + text, Map.of("text", " ", "action", "next")).statusCode()).isEqualTo(303);
        Document emptied = Jsoup.parse(browser.get(question + text).asString());
        assertThat(emptied.select("#text").val()).isEmpty();
        assertThat(emptied.select(".progress").text()).contains("answered 0 of 20");
        assertThat(emptied.select("button[value=clear]")).isEmpty();
    }

    @Test
    void aQuestionIsFlaggedForReviewAndUnflaggedInTheApiAndThePage() {
        long id = start("check-the-paradox").getLong("id");
        String flag = "/api/attempts/" + id + "/flags/paradox-override";
        me().body(Map.of("flagged", true)).put(flag).then().statusCode(204);
        assertThat(me().get("/api/attempts/" + id).jsonPath().getBoolean("questions.find { it.id == 'paradox-override' }.flagged"))
                .isTrue();
        me().body(Map.of("flagged", true)).put("/api/attempts/" + id + "/flags/no-such-question").then().statusCode(404);

        WebClient browser = WebClient.signedIn(learner, PASSWORD);
        int number = me().get("/api/attempts/" + id).jsonPath().getList("questions.id").indexOf("paradox-override") + 1;
        Document page = Jsoup.parse(browser.get("/attempts/" + id + "/questions/" + number).asString());
        assertThat(page.select(".question-grid .question-square.flagged").text()).contains(String.valueOf(number), "flagged");
        assertThat(page.select("button[value=unflag]").text()).isEqualTo("Remove the flag");
        assertThat(Jsoup.parse(browser.get("/attempts/" + id + "/review").asString()).select(".review-list").text())
                .contains("Question " + number + ": not answered, ⚑ flagged for review");

        Response unflagged = browser.postForm("/attempts/" + id + "/questions/" + number, Map.of("action", "unflag"));
        assertThat(unflagged.getHeader("Location")).endsWith("/attempts/" + id + "/questions/" + number);
        assertThat(Jsoup.parse(browser.get("/attempts/" + id + "/questions/" + number).asString())
                .select(".question-grid .question-square.flagged")).isEmpty();
        assertThat(me().get("/api/attempts/" + id).jsonPath().getMap("questions.find { it.id == 'paradox-override' }"))
                .doesNotContainKey("flagged");
    }

    @Test
    void aReloadResumesTheSameAttemptWithItsAnswersAndOrder() {
        JsonPath first = start("final-magnesium-bisglycinate");
        long id = first.getLong("id");
        String question = first.getString("questions[0].id");
        String type = first.getString("questions[0].type");
        answer(id, question, anyAnswer(first, 0)).then().statusCode(200);

        JsonPath again = start("final-magnesium-bisglycinate");
        assertThat(again.getLong("id")).isEqualTo(id);
        assertThat(again.getList("questions.id")).isEqualTo(first.getList("questions.id"));
        assertThat(again.getList("questions.choices")).isEqualTo(first.getList("questions.choices"));
        assertThat(again.getInt("answered")).isEqualTo(1);
        assertThat(again.getMap("questions[0].answer")).as(type).isNotEmpty();
        assertThat(me().get("/api/attempts/" + id).jsonPath().getList("questions.id")).isEqualTo(first.getList("questions.id"));
    }

    @Test
    void submittingTwiceOrFromTwoTabsGivesOneSubmissionAndOneScore() {
        long id = start("check-the-paradox").getLong("id");
        pick(id, "paradox-override", Map.of("choiceId", "block")).then().statusCode(200);
        List<CompletableFuture<String>> tabs = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> tabs.add(CompletableFuture.supplyAsync(() ->
                me().post("/api/attempts/" + id + "/submission").then().statusCode(200).extract().asString())));
        List<String> results = tabs.stream().map(CompletableFuture::join).toList();
        assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(results.get(0)));
        assertThat(me().post("/api/attempts/" + id + "/submission").asString()).isEqualTo(results.get(0));
        pick(id, "paradox-override", Map.of("choiceId", "gaba")).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(me().get("/api/me/attempts").jsonPath().getList("findAll { it.id == " + id + " }")).hasSize(1);
    }

    @Test
    void aLateSubmissionIsRecordedAsLateAndAnswersAfterTheDeadlineAreRefused() {
        JsonPath attempt = start("final-magnesium-bisglycinate");
        long id = attempt.getLong("id");
        assertThat(attempt.getString("deadline")).isNotNull();
        answer(id, attempt.getString("questions[0].id"), anyAnswer(attempt, 0)).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update attempt set deadline = now() - interval '1 minute' where id = ?1")
                .setParameter(1, id).executeUpdate());

        answer(id, attempt.getString("questions[1].id"), anyAnswer(attempt, 1)).then().statusCode(409)
                .body("detail", equalTo("Time is up for this attempt; submit it to see your result."));
        JsonPath result = me().post("/api/attempts/" + id + "/submission").then().statusCode(200).extract().jsonPath();
        assertThat(result.getBoolean("late")).isTrue();
        assertThat(result.getList("questions.answer").stream().filter(answer -> answer != null)).hasSize(1);
    }

    @Test
    void answersSavedAtOnceForOneQuestionNeverCollide() {
        long id = start("check-the-paradox").getLong("id");
        List<CompletableFuture<Integer>> saves = new ArrayList<>();
        IntStream.range(0, 8).forEach(i -> saves.add(CompletableFuture.supplyAsync(() ->
                pick(id, "paradox-override", Map.of("choiceId", i % 2 == 0 ? "block" : "gaba")).statusCode())));
        assertThat(saves.stream().map(CompletableFuture::join)).containsOnly(200);
        assertThat(me().get("/api/attempts/" + id).jsonPath().getInt("answered")).isEqualTo(1);
    }

    @Test
    void theAttemptsLimitIsEnforced() {
        for (int i = 0; i < 3; i++) {
            long id = start("final-magnesium-bisglycinate").getLong("id");
            me().post("/api/attempts/" + id + "/submission").then().statusCode(200);
        }
        me().post("/api/quizzes/" + quizId("final-magnesium-bisglycinate") + "/attempts").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("You have used all 3 attempts at this quiz."));
    }

    @Test
    void malformedAnswersAreRefusedAndNothingIsStored() {
        long id = start("check-glycines-dual-personality").getLong("id");
        answer(id, "no-such-question", Map.of("choiceId", "where")).then().statusCode(404);
        answer(id, "glycine-depends-on-where", Map.of("choiceIds", List.of("where"))).then().statusCode(400)
                .body("detail", equalTo("This question takes an answer shaped like {\"choiceId\": \"…\"}."));
        answer(id, "glycine-depends-on-where", Map.of("choiceId", "made-up")).then().statusCode(400)
                .body("detail", equalTo("This question has no such choice, item or target."));
        answer(id, "glycine-depends-on-where", Map.of("choiceId", "where", "value", true)).then().statusCode(400);
        answer(id, "brake-steps", Map.of("order", List.of("binds", "binds", "hyperpolarized", "harder"))).then().statusCode(400);
        answer(id, "glycine-depends-on-where", "not json").then().statusCode(400);
        me().body("{}").put("/api/attempts/" + id + "/answers/glycine-depends-on-where").then().statusCode(400);
        assertThat(me().get("/api/attempts/" + id).jsonPath().getInt("answered")).isZero();

        long textAttempt = start("check-how-magnesium-calms-your-brain").getLong("id");
        answer(textAttempt, "gaba-binding-site", Map.of("text", "x".repeat(501))).then().statusCode(400)
                .body("detail", equalTo("Answers are at most 500 characters long."));
        assertThat(me().get("/api/attempts/" + textAttempt).jsonPath().getInt("answered")).isZero();
    }

    @Test
    void immediateFeedbackChecksOneAnswerAndMakesItFinal() {
        long id = start("check-adhd-and-autism").getLong("id");
        me().post("/api/attempts/" + id + "/checks/adhd-trials").then().statusCode(409);
        answer(id, "adhd-trials", Map.of("value", true)).then().statusCode(200);
        JsonPath check = me().post("/api/attempts/" + id + "/checks/adhd-trials").then().statusCode(200).extract().jsonPath();
        assertThat(check.getBoolean("correct")).isFalse();
        assertThat(check.getBoolean("rightAnswer.value")).isFalse();
        assertThat(check.getList("feedback").toString()).contains("no clinical trials have confirmed it yet");
        answer(id, "adhd-trials", Map.of("value", false)).then().statusCode(409)
                .body("detail", equalTo("This answer was checked; a checked answer is final."));
    }

    @Test
    void practiceWhatIMissedHoldsOnlyTheMissedQuestions() {
        long id = start("check-what-to-do").getLong("id");
        pick(id, "timing-morning", Map.of("choiceId", "morning")).then().statusCode(200);
        me().post("/api/attempts/" + id + "/submission").then().statusCode(200);
        JsonPath practice = me().post("/api/quizzes/" + quizId("check-what-to-do") + "/practice")
                .then().statusCode(201).extract().jsonPath();
        assertThat(practice.getBoolean("practice")).isTrue();
        assertThat(practice.getList("questions.id"))
                .containsExactlyInAnyOrder("sensitive-options", "switch-no-glycine", "test-genes");

        // A perfect practice round changes nothing: practice draws from the last graded attempt, and stays offered.
        long round = practice.getLong("id");
        pick(round, "sensitive-options", Map.of("choiceIds", List.of("switch", "timing", "genes"))).then().statusCode(200);
        pick(round, "switch-no-glycine", Map.of("choiceIds", List.of("citrate", "threonate"))).then().statusCode(200);
        pick(round, "test-genes", Map.of("choiceIds", List.of("grin2a", "slc6a9"))).then().statusCode(200);
        assertThat(me().post("/api/attempts/" + round + "/submission").jsonPath().getDouble("percent")).isEqualTo(100.0);
        assertThat(me().post("/api/quizzes/" + quizId("check-what-to-do") + "/practice").then().statusCode(201)
                .extract().jsonPath().getList("questions.id")).hasSize(3);
        assertThat(Jsoup.parse(me().get("/quizzes/check-what-to-do").asString()).select("form[action$=/practice] button")
                .text()).isEqualTo("Practise what I missed");
    }

    @Test
    void aRightShortAnswerIsWrittenWithoutTheKeysWildcards() {
        long id = start("check-how-magnesium-calms-your-brain").getLong("id");
        answer(id, "gaba-binding-site", Map.of("text", "the chloride pore")).then().statusCode(200);
        JsonPath check = me().post("/api/attempts/" + id + "/checks/gaba-binding-site").then().statusCode(200)
                .extract().jsonPath();
        assertThat(check.getString("rightAnswer.text")).isEqualTo("benzodiazepine*");
        assertThat(check.getString("rightAnswerWritten")).isEqualTo("benzodiazepine");
        int number = me().get("/api/attempts/" + id).jsonPath().getList("questions.id").indexOf("gaba-binding-site") + 1;
        String page = me().get("/attempts/" + id + "/questions/" + number).asString();
        assertThat(Jsoup.parse(page).select(".outcome p:contains(The right answer)").text())
                .isEqualTo("The right answer: benzodiazepine");
    }

    @Test
    void practiceIsNotOfferedWhenItWouldBeRefusedAndARefusalIsANoticeOnTheQuizPage() {
        long id = start("check-what-to-do").getLong("id");
        pick(id, "timing-morning", Map.of("choiceId", "morning")).then().statusCode(200);
        pick(id, "sensitive-options", Map.of("choiceIds", List.of("switch", "timing", "genes"))).then().statusCode(200);
        pick(id, "switch-no-glycine", Map.of("choiceIds", List.of("citrate", "threonate"))).then().statusCode(200);
        pick(id, "test-genes", Map.of("choiceIds", List.of("grin2a", "slc6a9"))).then().statusCode(200);
        me().post("/api/attempts/" + id + "/submission").then().statusCode(200);

        assertThat(Jsoup.parse(me().get("/quizzes/check-what-to-do").asString()).select("form[action$=/practice]")).isEmpty();
        WebClient browser = WebClient.signedIn(learner, PASSWORD);
        browser.get("/quizzes/check-what-to-do");
        String page = browser.postForm("/quizzes/check-what-to-do/practice", Map.of())
                .then().statusCode(409).contentType(containsString("text/html")).extract().asString();
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Check your understanding: What to Do If You Are Sensitive");
        assertThat(Jsoup.parse(page).select("p.warning[role=alert]").text())
                .isEqualTo("You got every question right in your last graded attempt: nothing to practise.");
    }

    @Test
    void nobodySeesAnotherLearnersAttempt() {
        long id = start("check-the-paradox").getLong("id");
        String other = "learner2@cofactor.test";
        given().auth().preemptive().basic(other, "cofactor-demo-password").get("/api/attempts/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic(other, "cofactor-demo-password").contentType("application/json")
                .body(Map.of("choiceId", "block")).put("/api/attempts/" + id + "/answers/paradox-override")
                .then().statusCode(404);
        given().auth().preemptive().basic(other, "cofactor-demo-password").contentType("application/json")
                .post("/api/attempts/" + id + "/checks/paradox-override")
                .then().statusCode(404);
        given().auth().preemptive().basic(other, "cofactor-demo-password").contentType("application/json")
                .post("/api/attempts/" + id + "/submission")
                .then().statusCode(404);
    }

    /** AttemptResource has no @Authenticated (see its Javadoc): each of its endpoints must refuse anonymous callers itself. */
    @Test
    void everyAttemptEndpointRefusesAnonymousCallersAndChangesNothing() {
        long id = start("check-the-paradox").getLong("id");
        given().get("/api/attempts/" + id).then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("choiceId", "block"))
                .put("/api/attempts/" + id + "/answers/paradox-override").then().statusCode(401);
        given().contentType("application/json").post("/api/attempts/" + id + "/checks/paradox-override")
                .then().statusCode(401);
        given().contentType("application/json").post("/api/attempts/" + id + "/submission").then().statusCode(401);

        JsonPath attempt = me().get("/api/attempts/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(attempt.getString("submittedAt")).isNull();
        assertThat(attempt.getInt("answered")).isZero();
    }

    @Test
    void noResponseBeforeSubmissionCarriesKeyMaterial() {
        JsonPath attempt = start("final-magnesium-bisglycinate");
        long id = attempt.getLong("id");
        List<String> bodies = new ArrayList<>();
        bodies.add(me().post("/api/quizzes/" + quizId("final-magnesium-bisglycinate") + "/attempts").asString());
        for (int i = 0; i < attempt.getList("questions").size(); i++) {
            bodies.add(answer(id, attempt.getString("questions[" + i + "].id"), anyAnswer(attempt, i)).asString());
        }
        bodies.add(me().get("/api/attempts/" + id).asString());
        bodies.add(given().get("/api/quizzes").asString());
        for (String body : bodies) {
            assertThat(body).doesNotContain("\"weight\"", "\"correct\"", "\"rightAnswer\":{", "\"accepted\"", "\"match\"",
                    "\"tolerance\"", "\"quote\"", "\"feedback\":[", "\"partialCredit\"", "\"check\"");
        }
        assertThat(me().post("/api/attempts/" + id + "/submission").asString()).contains("\"correct\"");
    }

    /** Some well-formed answer to question i, whatever its type. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> anyAnswer(JsonPath attempt, int i) {
        String at = "questions[" + i + "].";
        return switch (attempt.getString(at + "type")) {
            case "single_choice" -> Map.of("choiceId", attempt.getString(at + "choices[0].id"));
            case "multiple_response" -> Map.of("choiceIds", List.of(attempt.getString(at + "choices[0].id")));
            case "true_false" -> Map.of("value", true);
            case "matching" -> Map.of("pairs", Map.of(attempt.getString(at + "items[0].id"), attempt.getString(at + "targets[0].id")));
            case "ordering" -> Map.of("order", attempt.getList(at + "items.id"));
            case "short_answer" -> Map.of("text", "an answer");
            default -> Map.of("number", 1);
        };
    }
}
