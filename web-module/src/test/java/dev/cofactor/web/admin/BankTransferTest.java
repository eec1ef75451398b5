package dev.cofactor.web.admin;

import static dev.cofactor.web.admin.QuestionAuthoringTest.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GIFT and JSON import and export over the API: preview first, all or nothing, drafts, round trips. */
@QuarkusTest
class BankTransferTest {

    String run;

    @BeforeEach
    void aRun() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification gift(String text) {
        return admin().contentType("text/plain").body(text);
    }

    String twoQuestionsAndAnEssay() {
        return """
                // [id:gift-anchored-%1$s] [tag:GABA-A]
                // [evidence:magnesium-bisglycinate#boosting-gaba-activity]
                ::GABA's role::What is GABA's role in the brain? {
                  =Inhibitory#Right: it calms neurons.
                  ~Excitatory#No, that is glutamate.
                  ####GABA is the brain's main inhibitory messenger.
                }

                // [id:gift-draft-%1$s]
                ::Glycine::Glycine can act as a co-agonist at NMDA receptors. {TRUE}

                ::Essay::Explain the tug-of-war in your own words. {}
                """.formatted(run);
    }

    @Test
    void aDryRunReportsWhatWouldBeCreatedAndWritesNothing() {
        JsonPath report = gift(twoQuestionsAndAnEssay()).post("/api/admin/questions/import/gift?dryRun=true")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("questions.line", Integer.class)).containsExactly(3, 10);
        assertThat(report.getList("questions.name")).containsExactly("GABA's role", "Glycine");
        assertThat(report.getList("questions.type")).containsExactly("single_choice", "true_false");
        assertThat(report.getList("questions.outcome")).containsExactly("new", "new");
        assertThat(report.getList("questions.draft", Boolean.class)).containsExactly(false, true);
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getInt("skipped[0].line")).isEqualTo(12);
        assertThat(report.getString("skipped[0].reason")).containsIgnoringCase("essay");
        assertThat(report.getBoolean("saved")).isFalse();
        admin().get("/api/admin/questions/gift-anchored-" + run).then().statusCode(404);
    }

    @Test
    void anImportWithAnyErrorAnswers422WithItsLinesAndWritesNothing() {
        String text = twoQuestionsAndAnEssay() + """

                // [id:gift-broken-%s]
                ::Broken::Which are inhibitory? {
                  ~%%50%%GABA
                  ~%%25%%Glycine
                  ~%%-100%%Glutamate
                }

                ::Unclosed::Where does magnesium bind? {=benzodiazepine site
                """.formatted(run);
        JsonPath problem = gift(text).post("/api/admin/questions/import/gift?dryRun=false").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getList("errors.line", Integer.class)).containsExactly(15, 21);
        assertThat(problem.getString("errors[0].message")).contains("100 %");
        assertThat(problem.getString("errors[1].message")).contains("}");
        assertThat(problem.getList("questions.name")).contains("GABA's role", "Glycine");
        admin().get("/api/admin/questions/gift-anchored-" + run).then().statusCode(404);
        admin().get("/api/admin/questions/gift-draft-" + run).then().statusCode(404);
    }

    @Test
    void anImportedDraftIsUnusableInAQuizUntilItsAnchorIsSet() {
        JsonPath report = gift(twoQuestionsAndAnEssay()).post("/api/admin/questions/import/gift?dryRun=false")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getBoolean("saved")).isTrue();
        assertThat(report.getInt("counts.created")).isEqualTo(2);
        String draft = "gift-draft-" + run;
        JsonPath stored = admin().get("/api/admin/questions/" + draft).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getString("current.status")).isEqualTo("DRAFT");
        assertThat(stored.getString("versions[0].note")).isEqualTo("imported from GIFT");
        admin().get("/api/admin/questions/gift-anchored-" + run).then().statusCode(200)
                .body("spec.choices[0].feedback", is("Right: it calms neurons."))
                .body("spec.feedback", is("GABA is the brain's main inhibitory messenger."));

        String slug = "drafts-" + run;
        admin().body(QuestionAuthoringTest.quizSpec(slug, List.of(draft))).queryParam("article", "magnesium-bisglycinate")
                .put("/api/admin/quizzes/" + slug).then().statusCode(422)
                .body("errors.questions", containsString("'" + draft + "' is a draft"));

        Map<String, Object> anchored = new java.util.HashMap<>(stored.getMap("spec"));
        anchored.put("evidence", "the-ignition-key-excitatory-role-in-the-brain");
        admin().body(anchored).queryParam("article", "magnesium-bisglycinate").put("/api/admin/questions/" + draft)
                .then().statusCode(200).body("current.status", is("ACTIVE")).body("current.articleSlug", is("magnesium-bisglycinate"));
        admin().body(QuestionAuthoringTest.quizSpec(slug, List.of(draft))).queryParam("article", "magnesium-bisglycinate")
                .put("/api/admin/quizzes/" + slug).then().statusCode(200);

        JsonPath audit = admin().queryParam("action", "questions.imported").get("/api/admin/audit").jsonPath();
        assertThat(audit.getList("detail")).anyMatch(detail -> detail.toString().startsWith("2 created, 0 changed, 0 unchanged, 1 skipped"));
    }

    @Test
    void theBankExportedAsGiftImportsBackUnchanged() {
        String exported = admin().get("/api/admin/questions/export/gift").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        assertThat(exported).contains("brake-steps").contains("// [evidence:magnesium-bisglycinate#introduction]");
        JsonPath report = gift(exported).post("/api/admin/questions/import/gift?dryRun=true").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getList("questions")).hasSizeGreaterThanOrEqualTo(41);
        assertThat(report.getList("questions.findAll { it.outcome != 'unchanged' }.id")).isEmpty();
        assertThat(report.getList("questions.id")).doesNotContain("brake-steps", "nmda-opening-sequence");
    }

    @Test
    void theWholeBankExportedAsJsonImportsBackUnchangedWithItsQuizzes() {
        Map<String, Object> exported = admin().get("/api/admin/questions/export/json").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        assertThat(exported.get("format")).isEqualTo("cofactor-bank/1");
        JsonPath report = admin().body(exported).post("/api/admin/questions/import/json?dryRun=true").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getList("errors")).isEmpty();
        assertThat(report.getList("questions.id")).contains("brake-steps", "gaba-role");
        assertThat(report.getList("questions.findAll { it.outcome != 'unchanged' }.id")).isEmpty();
        assertThat(report.getList("quizzes")).contains("final-magnesium-bisglycinate");

        JsonPath applied = admin().body(exported).post("/api/admin/questions/import/json?dryRun=false").then().statusCode(200)
                .extract().jsonPath();
        assertThat(applied.getInt("counts.created") + applied.getInt("counts.changed")).isZero();
        admin().get("/api/admin/quizzes/final-magnesium-bisglycinate").then().statusCode(200)
                .body("questions.size()", is(20));
    }

    @Test
    void theImportPagePreviewsThenImportsAFileAllOrNothing() {
        WebClient admin = WebClient.demo("admin");
        admin.get("/admin/questions/import").then().statusCode(200);
        byte[] file = twoQuestionsAndAnEssay().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var preview = admin.postMultipart("/admin/questions/import", Map.of("format", "gift", "text", "", "action", "preview"),
                "file", "bank.gift", file);
        assertThat(preview.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(preview.asString());
        assertThat(page.select("#report-title").text()).isEqualTo("Ready to import");
        assertThat(page.select("table tbody tr")).hasSize(2);
        assertThat(page.select("table tbody tr").get(1).text()).contains("10", "Glycine", "True/false", "new", "draft");
        assertThat(page.text()).contains("Line 12:", "ssay");
        assertThat(page.select("textarea#text").text()).contains("gift-draft-" + run);
        admin().get("/api/admin/questions/gift-anchored-" + run).then().statusCode(404);

        var imported = admin.postMultipart("/admin/questions/import", Map.of("format", "gift",
                "text", page.select("textarea#text").first().wholeText(), "action", "import"), "file", "", null);
        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(admin.get(imported.getHeader("Location")).asString()).select(".notice").text())
                .isEqualTo("Imported: 2 new, 0 changed, 0 unchanged.");
        admin().get("/api/admin/questions/gift-anchored-" + run).then().statusCode(200);

        var refused = admin.postMultipart("/admin/questions/import", Map.of("format", "json", "text", "{not json",
                "action", "import"), "file", "", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#text-error").text()).contains("not a Cofactor JSON export");
    }

    @Test
    void aJsonDryRunFindsQuizProblemsAndAnImportKeepsRetirement() {
        String kept = "json-retired-" + run;
        Map<String, Object> question = Map.of("id", kept, "type", "true_false", "stem", "GABA is inhibitory.",
                "evidence", "boosting-gaba-activity", "correct", true);
        Map<String, Object> badQuiz = Map.of("slug", "json-quiz-" + run, "title", "Quiz", "questions", List.of(kept, "no-such-question"));
        Map<String, Object> file = Map.of("articles", List.of(Map.of("article", "magnesium-bisglycinate",
                "questions", List.of(question), "quizzes", List.of(badQuiz))), "retired", List.of(kept));
        JsonPath dryRun = admin().body(file).post("/api/admin/questions/import/json?dryRun=true").then().statusCode(200)
                .extract().jsonPath();
        assertThat(dryRun.getString("errors[0].message")).contains("quiz json-quiz-" + run, "'no-such-question' is not in the bank");
        admin().body(file).post("/api/admin/questions/import/json?dryRun=false").then().statusCode(422);
        admin().get("/api/admin/questions/" + kept).then().statusCode(404);

        Map<String, Object> fixed = Map.of("articles", List.of(Map.of("article", "magnesium-bisglycinate",
                "questions", List.of(question), "quizzes", List.of())), "retired", List.of(kept));
        admin().body(fixed).post("/api/admin/questions/import/json?dryRun=false").then().statusCode(200);
        admin().get("/api/admin/questions/" + kept).then().statusCode(200).body("current.status", is("RETIRED"));
        admin().body(Map.of("articles", List.of(java.util.Collections.singletonMap("article", null))))
                .post("/api/admin/questions/import/json?dryRun=true").then().statusCode(200)
                .body("errors[0].message", containsString("needs"));
    }

    @Test
    void emptyOrUnreadableImportsAreRefusedPlainly() {
        gift("  ").post("/api/admin/questions/import/gift?dryRun=true").then().statusCode(400)
                .contentType("application/problem+json");
        admin().body("{\"articles\": []}").post("/api/admin/questions/import/json?dryRun=false").then().statusCode(422)
                .body("errors[0].message", containsString("no questions"));
        admin().body("not json").post("/api/admin/questions/import/json").then().statusCode(400);
    }
}
