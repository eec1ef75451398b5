package dev.cofactor.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.cofactor.quiz.quiz.EvidenceLinks;
import dev.cofactor.quiz.quiz.EvidenceLinks.QuestionLinkDto;
import dev.cofactor.web.admin.UploadFixture.Created;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API for an article's new version: preview, save, and every refusal changing nothing. */
@QuarkusTest
class ArticleUploadApiTest {

    @Inject
    UploadFixture fixture;

    @Inject
    EvidenceLinks links;

    private Created article;

    @BeforeEach
    void createArticle() {
        article = fixture.create();
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password");
    }

    private Response preview(String markdown) {
        return admin().contentType("text/markdown; charset=UTF-8").body(markdown)
                .post("/api/admin/articles/{slug}/preview", article.slug());
    }

    private Response put(String markdown) {
        return admin().contentType("text/markdown; charset=UTF-8").body(markdown)
                .put("/api/admin/articles/{slug}", article.slug());
    }

    private int version() {
        return given().get("/api/articles/{slug}", article.slug()).then().statusCode(200).extract().path("version");
    }

    private QuestionLinkDto question(String id) {
        return links.listQuestions(article.slug()).stream().filter(q -> q.questionId().equals(id)).findFirst().orElseThrow();
    }

    private String quizAnchor(String slug) {
        return given().get("/api/quizzes").jsonPath().getString("find { it.slug == '" + slug + "' }.sectionAnchor");
    }

    private List<String> auditDetails() {
        return admin().queryParam("action", "article.uploaded").get("/api/admin/audit").jsonPath()
                .getList("findAll { it.subject == 'article " + article.slug() + "' }.detail");
    }

    @Test
    void aPreviewListsTheChangesAndWritesNothing() {
        JsonPath preview = preview(UploadFixture.RENAMED.replace("# Upload Check", "# Upload Check, Revised")
                .replace("## Last Part", "## Last Part\n\nMore.\n\n## Brand New\n\nA section of its own."))
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        assertThat(preview.getString("changes.newTitle")).isEqualTo("Upload Check, Revised");
        assertThat(preview.getInt("changes.version")).isEqualTo(1);
        assertThat(preview.getList("changes.renamed.newAnchor")).containsExactly("calming-part");
        assertThat(preview.getString("changes.renamed[0].reason")).isEqualTo("100 % of the text shared");
        assertThat(preview.getList("changes.added.anchor")).containsExactly("brand-new");
        assertThat(preview.getList("changes.edited.anchor")).containsExactly("last-part");
        assertThat(preview.getList("changes.removed")).isEmpty();
        assertThat(preview.getList("questions.questionId")).containsExactly(article.calmQuestion());
        assertThat(preview.getString("questions[0].effect")).isEqualTo("FOLLOWS");
        assertThat(preview.getList("quizzes.slug")).containsExactly(article.calmQuiz());
        assertThat(preview.getMap("problems")).isEmpty();
        assertThat(preview.getString("changes.checksum")).hasSize(64);

        assertThat(version()).isEqualTo(1);
        assertThat(question(article.calmQuestion()).version()).isEqualTo(1);
        assertThat(quizAnchor(article.calmQuiz())).isEqualTo("calm-part");
        assertThat(auditDetails()).isEmpty();
    }

    @Test
    void savingBumpsTheVersionAndIsAudited() {
        put(UploadFixture.MARKDOWN.replace("Opening words", "Opening and welcoming words")).then().statusCode(200)
                .body("version", equalTo(2)).body("changed", equalTo(true));
        assertThat(version()).isEqualTo(2);
        given().get("/api/articles/{slug}/sections/introduction", article.slug()).then()
                .body("html", containsString("Opening and welcoming words"));
        assertThat(auditDetails()).containsExactly("version 2: 0 added, 0 removed, 0 renamed");
    }

    @Test
    void aRenamedSectionCarriesItsQuestionsAndQuizzesAlong() {
        JsonPath saved = put(UploadFixture.RENAMED).then().statusCode(200).extract().jsonPath();
        assertThat(saved.getInt("version")).isEqualTo(2);
        assertThat(saved.getInt("followed.questionVersions")).isEqualTo(1);
        assertThat(saved.getInt("followed.quizzes")).isEqualTo(1);

        QuestionLinkDto calm = question(article.calmQuestion());
        assertThat(calm.version()).isEqualTo(2);
        assertThat(calm.anchor()).isEqualTo("calming-part");
        assertThat(question(article.spareQuestion()).version()).isEqualTo(1);
        assertThat(quizAnchor(article.calmQuiz())).isEqualTo("calming-part");
        assertThat(quizAnchor(article.spareQuiz())).isEqualTo("spare-part");
        given().get("/api/articles/{slug}/sections/calming-part", article.slug()).then().statusCode(200);
        given().redirects().follow(false).get("/api/articles/{slug}/sections/calm-part", article.slug()).then()
                .statusCode(301).header("Location", endsWith("/api/articles/" + article.slug() + "/sections/calming-part"));
        assertThat(auditDetails()).containsExactly(
                "version 2: 0 added, 0 removed, 1 renamed; 1 question and 1 quiz moved to renamed sections");
    }

    @Test
    void everyEarlierAnchorOfASectionRedirectsToItForEverAndResultsNameItsTitleToday() {
        long quiz = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + article.calmQuiz() + "' }.id");
        RequestSpecification learner = given().auth().preemptive().basic("learner@cofactor.test", "cofactor-demo-password")
                .contentType("application/json");
        long attempt = learner.post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().jsonPath().getLong("id");
        learner.body(Map.of("value", true)).put("/api/attempts/" + attempt + "/answers/" + article.calmQuestion())
                .then().statusCode(200);
        learner.post("/api/attempts/" + attempt + "/submission").then().statusCode(200);

        put(UploadFixture.RENAMED).then().statusCode(200);
        put(UploadFixture.RENAMED.replace("## Calming Part", "## Soothing Part")).then().statusCode(200);
        for (String earlier : List.of("calm-part", "calming-part")) {
            given().redirects().follow(false).get("/api/articles/{slug}/sections/" + earlier, article.slug()).then()
                    .statusCode(301).header("Location", endsWith("/api/articles/" + article.slug() + "/sections/soothing-part"));
            given().redirects().follow(false).get("/articles/{slug}/" + earlier, article.slug()).then()
                    .statusCode(301).header("Location", endsWith("/articles/" + article.slug() + "/soothing-part"));
        }
        given().get("/articles/{slug}/calm-part", article.slug()).then().statusCode(200)
                .body(containsString("<h1>Soothing Part</h1>"));
        given().get("/articles/{slug}/no-such-part", article.slug()).then().statusCode(404);

        // The attempt showed version 1 of the question, which cites "calm-part": its result names the section today.
        Document result = Jsoup.parse(given().auth().preemptive().basic("learner@cofactor.test", "cofactor-demo-password")
                .get("/attempts/" + attempt + "/result").then().statusCode(200).extract().asString());
        assertThat(result.select("a[href$=/calm-part]").text()).isEqualTo("Review: Soothing Part");
        assertThat(admin().get("/api/admin/questions/" + article.calmQuestion()).jsonPath().getInt("current.version"))
                .as("the question followed both renames").isEqualTo(3);
        assertThat(admin().get("/api/quizzes/" + quiz + "/regrades").jsonPath().getList("outdated.questionId"))
                .as("a version that only follows a renamed section changes no score: no regrade").isEmpty();

        // Back to the first name: the live section holds "calm-part" again, and the other names lead to it.
        put(UploadFixture.MARKDOWN).then().statusCode(200);
        given().redirects().follow(false).get("/api/articles/{slug}/sections/calm-part", article.slug()).then().statusCode(200);
        for (String earlier : List.of("calming-part", "soothing-part")) {
            given().redirects().follow(false).get("/articles/{slug}/" + earlier, article.slug()).then()
                    .statusCode(301).header("Location", endsWith("/articles/" + article.slug() + "/calm-part"));
        }
    }

    @Test
    void aRemovedSectionThatQuestionsCiteIsRefusedAndNothingChanges() {
        JsonPath problem = put(UploadFixture.WITHOUT_SPARE.replace("## Calm Part", "## Calming Part")).then()
                .statusCode(409).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getString("detail")).contains("cannot be saved");
        Map<String, String> errors = problem.getMap("errors");
        assertThat(errors).containsOnlyKeys("question " + article.spareQuestion(), "quiz " + article.spareQuiz());
        assertThat(errors.get("question " + article.spareQuestion())).contains("'spare-part', which this version removes");

        assertThat(version()).isEqualTo(1);
        assertThat(question(article.calmQuestion()).version()).isEqualTo(1);
        assertThat(question(article.spareQuestion()).anchor()).isEqualTo("spare-part");
        assertThat(quizAnchor(article.calmQuiz())).isEqualTo("calm-part");
        assertThat(auditDetails()).isEmpty();
    }

    @Test
    void aQuoteTheNewTextNoLongerHoldsIsRefused() {
        put(UploadFixture.MARKDOWN.replace("and boosts GABA activity,", "and is calming,")).then().statusCode(409)
                .body("errors.'question " + article.calmQuestion() + "'", containsString("quote"));
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void aStalePreviewIsRefused() {
        Response previewed = preview(UploadFixture.RENAMED).then().statusCode(200).extract().response();
        String checksum = previewed.jsonPath().getString("changes.checksum");
        assertThat(previewed.header("ETag")).isEqualTo("\"" + checksum + "\"");
        put(UploadFixture.MARKDOWN.replace("Opening words", "Other opening words")).then().statusCode(200);

        admin().contentType("text/markdown").header("If-Match", "\"" + checksum + "\"").body(UploadFixture.RENAMED)
                .put("/api/admin/articles/{slug}", article.slug())
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("now version 2"));
        assertThat(version()).isEqualTo(2);
        assertThat(question(article.calmQuestion()).anchor()).isEqualTo("calm-part");
    }

    @Test
    void theSameTextAgainStoresNothing() {
        put(UploadFixture.MARKDOWN).then().statusCode(200).body("changed", equalTo(false)).body("version", equalTo(1));
        assertThat(auditDetails()).isEmpty();
    }

    @Test
    void plainTextIsAcceptedToo() {
        admin().contentType("text/plain; charset=UTF-8").body(UploadFixture.RENAMED.replace("Upload Check", "Upload — Check"))
                .post("/api/admin/articles/{slug}/preview", article.slug())
                .then().statusCode(200).body("changes.newTitle", equalTo("Upload — Check"));
    }

    @Test
    void badInputIsAClearProblem() {
        preview("").then().statusCode(400).contentType("application/problem+json")
                .body("errors.markdown", containsString("empty"));
        put("   \n").then().statusCode(400);
        preview("## A section\n\nBut no title.").then().statusCode(400)
                .body("errors.markdown", containsString("no title"));
        preview("# Only a title\n").then().statusCode(400).body("errors.markdown", containsString("no text"));
        admin().contentType("text/markdown").body("# T\n\n## S\n\nx").post("/api/admin/articles/no-such-article/preview")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No article has the slug 'no-such-article'."));
        admin().contentType("application/json").body("{}").put("/api/admin/articles/{slug}", article.slug())
                .then().statusCode(415);
        assertThat(version()).isEqualTo(1);
    }
}
