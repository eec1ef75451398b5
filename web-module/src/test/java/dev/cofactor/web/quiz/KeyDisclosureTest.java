package dev.cofactor.web.quiz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.ShownIds;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No answer key reaches a learner before the quiz's review options allow it, by any path: the ids of
 * choices, the result of an attempt, a practice round, a check, or another quiz with the same question.
 */
@QuarkusTest
class KeyDisclosureTest {

    private static final String PASSWORD = "a discreet long password";
    private static final String FINAL = "final-magnesium-bisglycinate";

    private String learner;

    @BeforeEach
    void newLearner() {
        learner = "discreet-" + UUID.randomUUID() + "@example.org";
        admin().body(Map.of("displayName", "Dee", "email", learner, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD).contentType("application/json");
    }

    private RequestSpecification me() {
        return given().auth().preemptive().basic(learner, PASSWORD).contentType("application/json");
    }

    private static long quizId(String slug) {
        return given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + slug + "' }.id");
    }

    private JsonPath start(String slug) {
        return me().post("/api/quizzes/" + quizId(slug) + "/attempts").then().statusCode(201).extract().jsonPath();
    }

    private JsonPath submit(long attempt) {
        return me().post("/api/attempts/" + attempt + "/submission").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theFinalQuizShowsRightAnswersAndFeedbackOnlyOnceNoAttemptIsLeft() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            long id = start(FINAL).getLong("id");
            me().body(Map.of("text", "GluN2")).put("/api/attempts/" + id + "/answers/ignition-subunit").then().statusCode(200);
            JsonPath result = submit(id);
            String influx = "questions.find { it.questionId == 'ignition-subunit' }.";
            assertThat(result.getBoolean(influx + "correct")).isFalse();
            assertThat(result.getDouble("percent")).isNotNull();
            if (attempt < 3) {
                assertThat(result.getList("questions.rightAnswer").stream().filter(java.util.Objects::nonNull)).isEmpty();
                assertThat(result.getList("questions.feedback.flatten()")).as("general feedback states answers").isEmpty();
                assertThat(me().get("/api/attempts/" + id).asString()).doesNotContain("\"rightAnswer\"",
                        "binds at the benzodiazepine-binding region");
                me().post("/api/quizzes/" + quizId(FINAL) + "/practice").then().statusCode(409);
            } else {
                assertThat(result.getString(influx + "rightAnswer.text")).isEqualTo("GluN1");
                assertThat(result.getList("questions.feedback.flatten()")).isNotEmpty();
            }
        }
        me().post("/api/quizzes/" + quizId(FINAL) + "/practice").then().statusCode(201);
    }

    @Test
    void noPracticeWhileAGradedAttemptIsOpen() {
        long first = start("check-the-paradox").getLong("id");
        submit(first);
        long second = start("check-the-paradox").getLong("id");
        me().post("/api/quizzes/" + quizId("check-the-paradox") + "/practice").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("open attempt"));
        submit(second);
        me().post("/api/quizzes/" + quizId("check-the-paradox") + "/practice").then().statusCode(201);
    }

    @Test
    void whileAnAttemptIsOpenNoOtherQuizTellsTheKeysOfItsQuestions() {
        String exam = "exam-" + UUID.randomUUID().toString().substring(0, 8); // shares nmda-prevents-influx with a check
        admin().body(Map.of("slug", exam, "title", "Exam " + exam, "feedback", "deferred", "attemptsAllowed", 2,
                "questions", List.of("nmda-prevents-influx", "nmda-plug"))).queryParam("article", "magnesium-bisglycinate")
                .put("/api/admin/quizzes/" + exam).then().statusCode(200);
        long open = start(exam).getLong("id");
        long check = start("check-how-magnesium-calms-your-brain").getLong("id");
        me().body(ShownIds.answer(check, "nmda-prevents-influx", Map.of("text", "calcium")))
                .put("/api/attempts/" + check + "/answers/nmda-prevents-influx").then().statusCode(200);
        me().post("/api/attempts/" + check + "/checks/nmda-prevents-influx").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("also in your open attempt"));

        JsonPath result = submit(check);
        String influx = "questions.find { it.questionId == 'nmda-prevents-influx' }.";
        assertThat(result.getString(influx + "correct")).isNull();
        assertThat(result.getString(influx + "points")).isNull();
        assertThat(result.getString(influx + "rightAnswer")).isNull();
        assertThat(result.getString(influx + "withheld")).contains("Exam " + exam);
        assertThat(result.getString("score")).as("the score would tell too").isNull();
        assertThat(result.getBoolean("questions.find { it.questionId == 'gaba-role' }.correct")).isNotNull();
        WebClient browser = WebClient.signedIn(learner, PASSWORD);
        assertThat(browser.get("/attempts/" + check + "/result").asString()).contains("Shown once you submit your open attempt at");
        org.jsoup.nodes.Document progress = org.jsoup.Jsoup.parse(browser.get("/me/progress").asString());
        assertThat(progress.select("tr:has(a[href=/quizzes/check-how-magnesium-calms-your-brain]) td").first().text())
                .as("no grade from it").isEqualTo("Your grade: shown later");
        assertThat(progress.select(".mastery li")).as("no mastery from it").isEmpty();

        submit(open);
        JsonPath after = me().get("/api/attempts/" + check).jsonPath();
        assertThat(after.getBoolean("result.questions.find { it.questionId == 'nmda-prevents-influx' }.correct")).isTrue();
        assertThat(after.getDouble("result.score")).isNotNull();
    }

    @Test
    void anAnswerWhoseOptionARegradeRemovedStillShows() {
        String id = "regraded-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> question = new java.util.HashMap<>(Map.of("id", id, "type", "single_choice",
                "stem", "Which one?", "evidence", "boosting-gaba-activity", "choices", List.of(
                        Map.of("id", "right", "text", "Right", "weight", "1"), Map.of("id", "wrong", "text", "Wrong", "weight", "0"),
                        Map.of("id", "gone", "text", "Soon gone", "weight", "0"))));
        admin().body(question).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201);
        admin().body(Map.of("slug", id, "title", "Regraded", "feedback", "deferred", "questions", List.of(id)))
                .queryParam("article", "magnesium-bisglycinate").put("/api/admin/quizzes/" + id).then().statusCode(200);
        long attempt = start(id).getLong("id");
        me().body(ShownIds.answer(attempt, id, Map.of("choiceId", "gone"))).put("/api/attempts/" + attempt + "/answers/" + id)
                .then().statusCode(200);
        submit(attempt);
        question.put("choices", List.of(Map.of("id", "right", "text", "Right", "weight", "1"),
                Map.of("id", "wrong", "text", "Wrong", "weight", "0")));
        admin().body(question).put("/api/admin/questions/" + id).then().statusCode(200);
        long quiz = quizId(id);
        admin().body(Map.of("questionId", id)).post("/api/quizzes/" + quiz + "/regrades?dryRun=false").then().statusCode(201);

        me().get("/api/attempts/" + attempt).then().statusCode(200)
                .body("result.questions[0].answer.choiceId", org.hamcrest.Matchers.equalTo("no-longer-offered"));
        WebClient.signedIn(learner, PASSWORD).get("/attempts/" + attempt + "/result").then().statusCode(200);
        admin().get("/api/instructor/attempts/" + attempt).then().statusCode(200);
    }

    @Test
    void anAuthorCanSayARightAnswerNeverShowsAndOldExportsStillRead() {
        String slug = "never-" + UUID.randomUUID().toString().substring(0, 8);
        WebClient author = WebClient.demo("admin");
        author.get("/admin/quizzes/new?article=magnesium-bisglycinate");
        Map<String, Object> form = new java.util.HashMap<>(Map.of("article", "magnesium-bisglycinate", "action", "save",
                "slug", slug, "title", "Never", "feedback", "deferred", "gradingMethod", "highest", "lateRule", "no_credit",
                "question", "gaba-role", "review-answer", List.of("immediately", "later")));
        assertThat(author.postForm("/admin/quizzes/new", form).statusCode()).isEqualTo(303); // no right-answer box ticked
        JsonPath saved = admin().get("/api/admin/quizzes/" + slug).jsonPath();
        assertThat(saved.getList("review.rightAnswer")).isEmpty();
        assertThat(saved.getList("review.answer")).containsExactly("immediately", "later");

        admin().body(Map.of("slug", slug, "title", "Old export", "feedback", "deferred", "showRightAnswers", false,
                "questions", List.of("gaba-role"))).queryParam("article", "magnesium-bisglycinate")
                .put("/api/admin/quizzes/" + slug).then().statusCode(200);
        JsonPath old = admin().get("/api/admin/quizzes/" + slug).jsonPath();
        assertThat(old.getList("review.rightAnswer")).isEmpty();
        assertThat(old.getList("review.generalFeedback")).as("it often states the answer").isEmpty();
    }

    @Test
    void theIdsALearnerSeesSayNothingAboutTheKey() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String gift = "// [evidence:magnesium-bisglycinate#boosting-gaba-activity]\n// [id:pairs-" + run + "]\n"
                + "::Pairs::Match them. { =cat -> meow =dog -> woof =cow -> moo = -> quack }\n\n"
                + "// [evidence:magnesium-bisglycinate#boosting-gaba-activity]\n// [id:first-" + run + "]\n"
                + "::First::Which is inhibitory? {=GABA ~glutamate ~dopamine ~glycine}\n";
        admin().contentType("text/plain").body(gift).post("/api/admin/questions/import/gift?dryRun=false").then().statusCode(200);
        Map<String, Object> quiz = Map.of("slug", "ids-" + run, "title", "Ids", "feedback", "deferred",
                "questions", List.of("pairs-" + run, "first-" + run));
        admin().body(quiz).queryParam("article", "magnesium-bisglycinate").put("/api/admin/quizzes/ids-" + run).then().statusCode(200);

        JsonPath one = start("ids-" + run);
        long id = one.getLong("id");
        Set<String> shown = new HashSet<>(one.getList("questions.choices.flatten().id"));
        shown.addAll(one.getList("questions.items.flatten().id"));
        shown.addAll(one.getList("questions.targets.flatten().id"));
        assertThat(shown).hasSize(4 + 3 + 4).noneMatch(value -> value.matches("[a-d]|t[1-4]"))
                .allMatch(value -> value.matches("[a-z2-7]{12}"));

        String pairs = "pairs-" + run;
        me().body(Map.of("pairs", Map.of("a", "t1", "b", "t2", "c", "t3"))).put("/api/attempts/" + id + "/answers/" + pairs)
                .then().statusCode(400);
        me().body(Map.of("choiceId", "a")).put("/api/attempts/" + id + "/answers/first-" + run).then().statusCode(400);
        me().body(ShownIds.answer(id, "first-" + run, Map.of("choiceId", "a")))
                .put("/api/attempts/" + id + "/answers/first-" + run).then().statusCode(200);
        assertThat(submit(id).getBoolean("questions.find { it.questionId == 'first-" + run + "' }.correct")).isTrue();

        JsonPath two = start("ids-" + run);
        assertThat(two.getList("questions.choices.flatten().id")).doesNotContainAnyElementsOf(shown);
    }
}
