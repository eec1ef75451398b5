package dev.cofactor.web.admin;

import static dev.cofactor.web.admin.QuestionAuthoringTest.admin;
import static dev.cofactor.web.admin.QuestionAuthoringTest.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import dev.cofactor.content.article.ArticleService;
import dev.cofactor.web.testing.ShownIds;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Script in every field an admin writes (stem, choices, per-choice and general feedback, true/false
 * feedback, tags, quiz title) stays text or is sanitized away on every page that shows it: the
 * learner's, the instructor's and the admin's.
 */
@QuarkusTest
class AuthoredTextIsInertTest {

    @Inject
    ArticleService articles;

    static final String STEM = "Which is <script>alert('xss-stem')</script> **inhibitory**? <img src=x onerror=alert('xss-img')>"
            + " [more](javascript:alert('xss-link'))";
    static final String CHOICE = "GABA\"><svg onload=alert('xss-choice')><script>alert('xss-choice')</script>";
    static final String FEEDBACK = "<iframe src=\"javascript:alert('xss-feedback')\"></iframe>Right.";
    static final String TAG = "\"><script>alert('xss-tag')</script>";
    static final String TITLE = "<script>alert('xss-title')</script>Inert quiz";

    @Test
    void scriptInAuthoredFieldsRendersInertOnLearnerInstructorAndAdminPages() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String choiceId = "xss-choice-" + run;
        String truthId = "xss-truth-" + run;
        Map<String, Object> choice = new HashMap<>(Map.of("id", choiceId, "type", "single_choice", "stem", STEM,
                "evidence", "boosting-gaba-activity", "tags", List.of(TAG), "feedback", FEEDBACK,
                "choices", List.of(Map.of("id", "gaba", "text", CHOICE, "weight", "1", "feedback", FEEDBACK),
                        Map.of("id", "glutamate", "text", "Glutamate", "weight", "0"))));
        admin().body(choice).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201);
        admin().body(Map.of("id", truthId, "type", "true_false", "stem", STEM, "evidence", "boosting-gaba-activity",
                "correct", true, "trueFeedback", FEEDBACK, "falseFeedback", FEEDBACK)).queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions")
                .then().statusCode(201);
        String matchId = "xss-match-" + run;
        admin().body(Map.of("id", matchId, "type", "matching", "stem", STEM, "evidence", "boosting-gaba-activity",
                "quote", "primary inhibitory neurotransmitter",
                "items", List.of(Map.of("id", "i1", "text", CHOICE, "match", "t1"), Map.of("id", "i2", "text", "SLC6A9", "match", "t2")),
                "targets", List.of(Map.of("id", "t1", "text", FEEDBACK), Map.of("id", "t2", "text", CHOICE))))
                .queryParam("article", "magnesium-bisglycinate").post("/api/admin/questions").then().statusCode(201);
        String shortId = "xss-short-" + run;
        admin().body(Map.of("id", shortId, "type", "short_answer", "stem", STEM, "evidence", "boosting-gaba-activity",
                "accepted", List.of(Map.of("text", CHOICE, "weight", "1")))).queryParam("article", "magnesium-bisglycinate")
                .post("/api/admin/questions").then().statusCode(201);
        Map<String, Object> edited = new HashMap<>(choice);
        edited.put("stem", STEM + " Edited.");
        admin().body(edited).put("/api/admin/questions/" + choiceId).then().statusCode(200);
        String slug = "xss-" + run;
        Map<String, Object> quiz = QuestionAuthoringTest.quizSpec(slug, List.of(choiceId, truthId, matchId, shortId));
        quiz.put("title", TITLE);
        quiz.put("feedback", "immediate");
        admin().body(quiz).queryParam("article", "magnesium-bisglycinate").put("/api/admin/quizzes/" + slug)
                .then().statusCode(200);
        long quizId = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + slug + "' }.id");

        WebClient learner = WebClient.demo("learner2");
        learner.get("/quizzes/" + slug);
        String attemptPage = learner.postForm("/quizzes/" + slug + "/attempts", Map.of()).getHeader("Location");
        long attemptId = Long.parseLong(attemptPage.replaceAll(".*/attempts/(\\d+)/.*", "$1"));
        as("learner2").body(ShownIds.answer(attemptId, choiceId, Map.of("choiceId", "gaba")))
                .put("/api/attempts/" + attemptId + "/answers/" + choiceId)
                .then().statusCode(200);
        as("learner2").body(Map.of("value", false)).put("/api/attempts/" + attemptId + "/answers/" + truthId)
                .then().statusCode(200);
        for (String page : List.of("/attempts/" + attemptId + "/questions/1", "/attempts/" + attemptId + "/questions/2",
                "/attempts/" + attemptId + "/questions/3", "/attempts/" + attemptId + "/questions/4",
                "/attempts/" + attemptId + "/review")) {
            assertInert(page, fetch(learner, page));
        }
        as("learner2").post("/api/attempts/" + attemptId + "/submission").then().statusCode(200);

        List<String> learnerPages = List.of("/quizzes/" + slug, "/attempts/" + attemptId + "/result", "/me/progress");
        WebClient admin = WebClient.demo("admin");
        List<String> staffPages = List.of("/instructor/attempts/" + attemptId, "/instructor/quizzes/" + quizId + "/statistics",
                "/instructor/gradebook", "/admin/questions", "/admin/questions/" + choiceId, "/admin/questions/" + truthId,
                "/admin/questions/" + matchId, "/admin/questions/" + shortId,
                "/admin/questions/" + choiceId + "/versions?from=1&to=2", "/admin/quizzes", "/admin/quizzes/" + slug,
                "/admin/quizzes/" + slug + "/preview", "/admin/audit");
        for (String page : learnerPages) {
            assertInert(page, fetch(learner, page));
        }
        for (String page : staffPages) {
            assertInert(page, fetch(admin, page));
        }
        String editor = admin.get("/admin/questions/" + choiceId).asString();
        assertThat(Jsoup.parse(editor).select("textarea#stem").text()).contains("<script>alert('xss-stem')</script>");
        assertThat(Jsoup.parse(learner.get("/attempts/" + attemptId + "/result").asString()).text()).contains("Right.");
    }

    static String fetch(WebClient client, String path) {
        var response = client.get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.asString();
    }

    @Test
    void scriptInAnUploadedArticleRendersInertForReadersAndAdmins() {
        String slug = "xss-article-" + UUID.randomUUID().toString().substring(0, 8);
        articles.importArticle(slug, """
                # Calm <script>alert('xss-title')</script>minds

                A summary <img src=x onerror=alert('xss-summary')>.

                ## Part <svg onload=alert('xss-heading')>one

                Text <script>alert('xss-body')</script> and [a link](javascript:alert('xss-link')).
                """);
        String anchor = given().get("/api/articles/" + slug).jsonPath().getString("sections[0].anchor");
        WebClient admin = WebClient.demo("admin");
        for (String page : List.of("/articles/" + slug, "/articles/" + slug + "/" + anchor, "/admin/articles")) {
            assertInert(page, fetch(admin, page));
        }
        var preview = admin.postForm("/admin/articles/" + slug + "/preview", Map.of("markdown",
                "# Calm minds\n\n## Part <script>alert('xss-renamed')</script>two\n\nText.\n"));
        assertInert("the upload preview", preview.asString());
    }

    /** No script, event handler, frame or javascript: link made it from authored text into the page. */
    static void assertInert(String path, String html) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("script").stream().map(Element::data).filter(script -> script.contains("xss")).toList())
                .as("script elements on %s", path).isEmpty();
        assertThat(page.select("iframe, object, embed")).as("embedded content on %s", path).isEmpty();
        assertThat(page.select("[href^=javascript], [src^=javascript]")).as("javascript: links on %s", path).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("event handler on %s in %s", path, element.tagName()).doesNotStartWith("on");
            }
        }
    }
}
