package dev.cofactor.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.question.QuestionSeeds;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.web.testing.ShownIds;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Admins author the bank over JSON and forms: validation by field, versions, restore, retire, delete, pinning. */
@QuarkusTest
class QuestionAuthoringTest {

    static final String PASSWORD = "cofactor-demo-password";
    static final String SECTION = "boosting-gaba-activity";

    @Inject
    QuestionSeeds questions;

    String run;

    @BeforeEach
    void aRun() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String who) {
        return given().auth().preemptive().basic(who + "@cofactor.test", PASSWORD).contentType("application/json");
    }

    static RequestSpecification admin() {
        return as("admin");
    }

    /** A sound single-choice question, as a mutable map so that each case can break one rule. */
    Map<String, Object> singleChoice(String id) {
        Map<String, Object> spec = new HashMap<>();
        spec.put("id", id);
        spec.put("type", "single_choice");
        spec.put("stem", "What is GABA's role in the brain?");
        spec.put("evidence", SECTION);
        spec.put("tags", List.of("GABA-A"));
        spec.put("choices", List.of(choice("inhibitory", "Primary inhibitory neurotransmitter", "1"),
                choice("excitatory", "Primary excitatory neurotransmitter", "0")));
        return spec;
    }

    static Map<String, Object> choice(String id, String text, String weight) {
        return Map.of("id", id, "text", text, "weight", weight);
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("a single-choice question needs exactly one correct choice", Map.of("choices",
                        List.of(choice("a", "A", "1"), choice("b", "B", "1"))), "choices", "exactly one correct choice"),
                Arguments.of("a single-choice question with no correct choice", Map.of("choices",
                        List.of(choice("a", "A", "0"), choice("b", "B", "0"))), "choices", "exactly one correct choice"),
                Arguments.of("multiple-response positive weights sum to 100%", Map.of("type", "multiple_response", "choices",
                        List.of(choice("a", "A", "1/2"), choice("b", "B", "1/4"), choice("c", "C", "-1"))),
                        "choices", "add up to 100 %, not 75 %"),
                Arguments.of("an ordering question has at least three items", Map.of("type", "ordering", "items",
                        List.of(Map.of("id", "one", "text", "One"), Map.of("id", "two", "text", "Two"))), "items",
                        "at least 3 items"),
                Arguments.of("a numeric tolerance is not negative", Map.of("type", "numeric", "value", 3, "tolerance", -1),
                        "tolerance", "cannot be negative"),
                Arguments.of("an evidence anchor exists", Map.of("evidence", "no-such-section"), "evidence",
                        "has no section 'no-such-section'"),
                Arguments.of("an evidence anchor is given", Map.of("evidence", ""), "evidence", "Choose the article section"),
                Arguments.of("the supporting quote is in the section", Map.of("quote", "words the article never says"),
                        "quote", "not in the section"),
                Arguments.of("a stem is written", Map.of("stem", " "), "stem", "Write the question's stem"),
                Arguments.of("points are 1 to 100", Map.of("points", 0), "points", "from 1 to 100"),
                Arguments.of("matching items name their target", Map.of("type", "matching",
                        "items", List.of(Map.of("id", "i1", "text", "GRIN2A", "match", "t1"),
                                Map.of("id", "i2", "text", "SLC6A9", "match", "nowhere")),
                        "targets", List.of(Map.of("id", "t1", "text", "Receptor"), Map.of("id", "t2", "text", "Transporter"))),
                        "items", "needs the target it matches"),
                Arguments.of("a short answer has a full-credit answer", Map.of("type", "short_answer", "accepted",
                        List.of(Map.of("text", "benzo*", "weight", "1/2"))), "accepted", "worth 100 %"),
                Arguments.of("a true/false question says which", Map.of("type", "true_false"), "correct", "true or false"),
                Arguments.of("the id is lower-case words", Map.of("id", "Not An Id"), "id", "lower-case words joined by hyphens"),
                Arguments.of("a weight lies between -100% and 100%", Map.of("type", "multiple_response", "choices",
                        List.of(choice("a", "A", "2"), choice("b", "B", "-1"))), "choices", "between -100 % and 100 %"),
                Arguments.of("a weight is a number", Map.of("type", "multiple_response", "choices",
                        List.of(choice("a", "A", "half"), choice("b", "B", "1/2"))), "choices", "Every choice needs a weight"),
                Arguments.of("a choice has a text", Map.of("choices", List.of(choice("a", "A", "1"), choice("b", " ", "0"))),
                        "choices", "needs a text"),
                Arguments.of("matching needs two targets", Map.of("type", "matching",
                        "items", List.of(Map.of("id", "i1", "text", "GRIN2A", "match", "t1"),
                                Map.of("id", "i2", "text", "SLC6A9", "match", "t1")),
                        "targets", List.of(Map.of("id", "t1", "text", "Receptor"))), "targets", "at least 2 targets"),
                Arguments.of("an accepted answer is worth 0% to 100%", Map.of("type", "short_answer", "accepted",
                        List.of(Map.of("text", "GluN1", "weight", "1"), Map.of("text", "NR1", "weight", "-1/2"))),
                        "accepted", "from 0 % to 100 %"),
                Arguments.of("a numeric question has its value", Map.of("type", "numeric", "tolerance", 1), "value",
                        "Give the right value"),
                Arguments.of("a tag is at most 40 characters", Map.of("tags", List.of("x".repeat(41))), "tags", "1 to 40"),
                Arguments.of("weights too precise to add up", Map.of("type", "multiple_response", "choices",
                        List.of(choice("a", "A", "1/9000000000"), choice("b", "B", "1/9000000001"))), "type", "too precise"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachRuleIsReportedAgainstItsFieldAndNothingIsStored(String rule, Map<String, Object> change, String field,
            String message) {
        Map<String, Object> spec = singleChoice("rule-" + run);
        spec.putAll(change);
        if (!spec.get("type").equals("single_choice") && !spec.get("type").equals("multiple_response")
                && !change.containsKey("choices")) {
            spec.remove("choices");
        }
        admin().body(spec).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(422).contentType("application/problem+json")
                .body("errors." + field, org.hamcrest.Matchers.containsString(message));
        admin().get("/api/admin/questions/rule-" + run).then().statusCode(404);
    }

    @Test
    void theFormShowsEachProblemNextToItsFieldAndKeepsWhatWasTyped() {
        WebClient admin = WebClient.demo("admin");
        admin.get("/admin/questions/new?type=multiple_response");
        Map<String, Object> form = new HashMap<>();
        form.put("type", "multiple_response");
        form.put("action", "save");
        form.put("id", "form-" + run);
        form.put("evidence", "magnesium-bisglycinate#" + SECTION);
        form.put("points", "1");
        form.put("stem", "Which are inhibitory? <b>typed</b>\r\nTick each.");
        form.put("choiceText", List.of("GABA", "Glutamate"));
        form.put("choiceWeight", List.of("60", "-100"));
        form.put("choiceId", List.of("", ""));
        form.put("choiceFeedback", List.of("", ""));
        Response response = admin.postForm("/admin/questions/new", form);
        assertThat(response.statusCode()).isEqualTo(422);
        var page = Jsoup.parse(response.asString());
        assertThat(page.select("#choices-error").text()).contains("must add up to 100 %, not 60 %");
        assertThat(page.select("#choices").attr("aria-describedby")).contains("choices-error");
        assertThat(page.select("textarea#stem").first().wholeText()).isEqualTo("Which are inhibitory? <b>typed</b>\nTick each.");
        assertThat(page.select(".error-summary a[href=#choices]")).hasSize(1);
        admin().get("/api/admin/questions/form-" + run).then().statusCode(404);

        form.put("choiceWeight", List.of("100", "-100"));
        Response saved = admin.postForm("/admin/questions/new", form);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.getHeader("Location")).endsWith("/admin/questions/form-" + run + "?done=saved");
        JsonPath stored = admin().get("/api/admin/questions/form-" + run).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("spec.choices.id")).containsExactly("gaba", "glutamate");
        assertThat(stored.getList("spec.choices.weight")).containsExactly("1", "-1");
        assertThat(stored.getString("versions[0].note")).isEqualTo("created");
        assertThat(stored.getString("versions[0].author")).isEqualTo("admin@cofactor.test");
        assertThat(stored.getString("spec.stem")).isEqualTo("Which are inhibitory? <b>typed</b>\nTick each.");
        Response again = admin.postForm("/admin/questions/form-" + run, form);
        assertThat(again.getHeader("Location")).endsWith("?done=unchanged");
    }

    @Test
    void twoAdminsCreatingTheSameIdAtOnceMakeOneQuestionAndTheOtherIsToldTheIdIsTaken() throws Exception {
        String id = "race-" + run;
        Map<String, Object> mine = singleChoice(id);
        Map<String, Object> theirs = singleChoice(id);
        theirs.put("stem", "Which neurotransmitter does GABA-A answer to?");
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Response>> posts = new ArrayList<>();
            for (Map<String, Object> spec : List.of(mine, theirs)) {
                posts.add(pool.submit(() -> {
                    start.await();
                    return admin().body(spec).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (var post : posts) {
                Response response = post.get(30, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 422) {
                    assertThat(response.jsonPath().getString("errors.id")).contains("exists; choose another id");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 422);
        } finally {
            pool.shutdownNow();
        }
        JsonPath detail = admin().get("/api/admin/questions/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("versions")).hasSize(1); // the loser did not become version 2 of the winner's question
        assertThat(detail.getString("versions[0].note")).isEqualTo("created");
    }

    @Test
    void anEditMakesANewVersionTheSameTextDoesNotAndRestoreBringsBackAnOldOne() {
        String id = "versions-" + run;
        admin().body(singleChoice(id)).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/admin/questions/" + id));
        Map<String, Object> edited = singleChoice(id);
        edited.put("stem", "What does GABA do in the brain?");
        admin().body(edited).put("/api/admin/questions/" + id).then().statusCode(200).body("current.version", org.hamcrest.Matchers.is(2));
        admin().body(edited).put("/api/admin/questions/" + id).then().statusCode(200).body("current.version", org.hamcrest.Matchers.is(2));

        JsonPath diff = admin().get("/api/admin/questions/" + id + "/diff?from=1&to=2").then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("findAll { it.changed }.label")).containsExactly("Stem");
        assertThat(diff.getList("find { it.label == 'Stem' }.segments.findAll { it.kind == 'REMOVED' }.text"))
                .containsExactly("is GABA's role");
        assertThat(diff.getList("find { it.label == 'Stem' }.segments.findAll { it.kind == 'ADDED' }.text"))
                .containsExactly("does GABA do");

        JsonPath restored = admin().post("/api/admin/questions/" + id + "/restore?version=1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(restored.getInt("current.version")).isEqualTo(3);
        assertThat(restored.getString("spec.stem")).isEqualTo("What is GABA's role in the brain?");
        assertThat(restored.getString("versions[2].note")).isEqualTo("restored from version 1");
        admin().post("/api/admin/questions/" + id + "/restore?version=3").then().statusCode(409);
        admin().post("/api/admin/questions/" + id + "/restore?version=9").then().statusCode(404);

        WebClient browser = WebClient.demo("admin");
        var history = Jsoup.parse(browser.get("/admin/questions/" + id + "/versions?from=1&to=2").asString());
        assertThat(history.select("table.diff tbody del").text()).isEqualTo("is GABA's role");
        assertThat(history.select("table.diff tbody ins").text()).isEqualTo("does GABA do");

        JsonPath audit = admin().queryParam("action", "question.version").get("/api/admin/audit").jsonPath();
        assertThat(audit.getList("findAll { it.subject == 'question " + id + "' }.detail"))
                .containsExactly("version 3: restored from version 1", "version 2: edited", "version 1: created");
    }

    @Test
    void anAttemptKeepsShowingAndScoringTheVersionItWasAnsweredOn() {
        String id = "pinned-" + run;
        Map<String, Object> spec = singleChoice(id);
        admin().body(spec).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201);
        long quizId = quiz("pinning-" + run, List.of(id));

        JsonPath attempt = as("learner").post("/api/quizzes/" + quizId + "/attempts").then().statusCode(201).extract().jsonPath();
        long attemptId = attempt.getLong("id");
        as("learner").body(ShownIds.answer(attemptId, id, Map.of("choiceId", "inhibitory")))
                .put("/api/attempts/" + attemptId + "/answers/" + id)
                .then().statusCode(200);

        Map<String, Object> edited = singleChoice(id);
        edited.put("stem", "Which messenger role does GABA play?");
        edited.put("choices", List.of(choice("inhibitory", "Primary inhibitory neurotransmitter", "0"),
                choice("excitatory", "Primary excitatory neurotransmitter", "1")));
        admin().body(edited).put("/api/admin/questions/" + id).then().statusCode(200);

        JsonPath resumed = as("learner").get("/api/attempts/" + attemptId).then().statusCode(200).extract().jsonPath();
        assertThat(resumed.getInt("questions[0].version")).isEqualTo(1);
        assertThat(resumed.getString("questions[0].stem")).contains("What is GABA's role in the brain?");
        JsonPath result = as("learner").post("/api/attempts/" + attemptId + "/submission").then().statusCode(200)
                .extract().jsonPath();
        assertThat(result.getDouble("percent")).isEqualTo(100.0);

        JsonPath next = as("learner").post("/api/quizzes/" + quizId + "/attempts").then().statusCode(201).extract().jsonPath();
        assertThat(next.getInt("questions[0].version")).isEqualTo(2);
    }

    @Test
    void aUsedQuestionCanBeRetiredNotDeletedAndRetiredQuestionsStayOutOfQuizzes() {
        String used = "used-" + run;
        String unused = "unused-" + run;
        admin().body(singleChoice(used)).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201);
        admin().body(singleChoice(unused)).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201);
        String quizSlug = "retiring-" + run;
        long quizId = quiz(quizSlug, List.of(used));

        admin().post("/api/admin/questions/" + used + "/retire").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("out of " + quizSlug));
        long attemptId = as("learner").post("/api/quizzes/" + quizId + "/attempts").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as("learner").post("/api/attempts/" + attemptId + "/submission").then().statusCode(200);
        quiz(quizSlug, List.of(unused));

        admin().delete("/api/admin/questions/" + used).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("shown in attempts"));
        admin().post("/api/admin/questions/" + used + "/retire").then().statusCode(200).body("current.status", org.hamcrest.Matchers.is("RETIRED"));
        Map<String, Object> quiz = quizSpec(quizSlug, List.of(unused, used));
        admin().body(quiz).put("/api/admin/quizzes/" + quizSlug).then().statusCode(422)
                .body("errors.questions", org.hamcrest.Matchers.containsString("'" + used + "' is retired"));
        as("learner").get("/api/attempts/" + attemptId).then().statusCode(200)
                .body("result.questions[0].questionId", org.hamcrest.Matchers.is(used));

        admin().post("/api/admin/questions/" + used + "/reinstate").then().statusCode(200).body("current.status", org.hamcrest.Matchers.is("ACTIVE"));
        quiz(quizSlug, List.of(used));
        admin().delete("/api/admin/questions/" + unused).then().statusCode(204);
        admin().get("/api/admin/questions/" + unused).then().statusCode(404);

        JsonPath audit = admin().get("/api/admin/audit").jsonPath();
        assertThat(audit.getList("findAll { it.subject == 'question " + used + "' }.action"))
                .contains("question.retired", "question.reinstated");
        assertThat(audit.getList("findAll { it.subject == 'question " + unused + "' }.action")).contains("question.deleted");
        assertThat(audit.getList("findAll { it.subject == 'quiz " + quizSlug + "' }.action")).contains("quiz.created", "quiz.changed");
    }

    @Test
    void aDeletedQuestionStaysDeletedWhenTheSeedBankIsLoadedAgain() {
        String id = "seeded-" + run;
        QuestionSpec spec = new QuestionSpec(id, QuestionType.TRUE_FALSE, "Magnesium boosts GABA activity.", null, null,
                SECTION, null, null, null, null, null, null, null, null, true, null, null, null, null);
        assertThat(questions.load("magnesium-bisglycinate", List.of(spec))).isEqualTo(1);
        admin().delete("/api/admin/questions/" + id).then().statusCode(204);
        assertThat(questions.load("magnesium-bisglycinate", List.of(spec))).isZero();
        admin().get("/api/admin/questions/" + id).then().statusCode(404);
        admin().body(singleChoice(id)).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions")
                .then().statusCode(201);
    }

    @Test
    void aNewQuizCannotTakeTheSlugOfAnExistingOne() {
        WebClient admin = WebClient.demo("admin");
        admin.get("/admin/quizzes/new?article=magnesium-bisglycinate");
        Response refused = admin.postForm("/admin/quizzes/new", Map.of("article", "magnesium-bisglycinate", "action", "save",
                "slug", "final-magnesium-bisglycinate", "title", "Replacement", "feedback", "deferred",
                "gradingMethod", "highest", "lateRule", "no_credit", "question", "gaba-role"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(refused.asString()).select("#slug-error").text()).contains("exists");
        admin().get("/api/admin/quizzes/final-magnesium-bisglycinate").then().body("title",
                org.hamcrest.Matchers.is("Final quiz: Magnesium Bisglycinate"));
    }

    @Test
    void learnersAndInstructorsCannotAuthor() {
        as("learner").body(singleChoice("nope-" + run)).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(403);
        as("instructor").get("/api/admin/questions").then().statusCode(403);
        given().get("/api/admin/questions").then().statusCode(401);
        admin().get("/api/admin/questions/nope-" + run).then().statusCode(404);
    }

    /** Creates or replaces a quiz over the seed article with these questions; returns its id. */
    long quiz(String slug, List<String> questions) {
        admin().body(quizSpec(slug, questions)).queryParam("article", "magnesium-bisglycinate")
                .put("/api/admin/quizzes/" + slug).then().statusCode(200);
        return given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + slug + "' }.id");
    }

    static Map<String, Object> quizSpec(String slug, List<String> questions) {
        Map<String, Object> quiz = new HashMap<>();
        quiz.put("slug", slug);
        quiz.put("title", "Quiz " + slug);
        quiz.put("feedback", "deferred");
        quiz.put("questions", new ArrayList<>(questions));
        return quiz;
    }
}
