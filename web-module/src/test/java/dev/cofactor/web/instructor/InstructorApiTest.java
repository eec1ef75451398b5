package dev.cofactor.web.instructor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.quiz.question.QuestionSeeds;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.quiz.quiz.FeedbackMode;
import dev.cofactor.quiz.quiz.GradingMethod;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.quiz.QuizSpec;
import dev.cofactor.web.testing.ShownIds;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cohorts, gradebook, extra time, attempt review, CSV exports and regrades, over the JSON API on PostgreSQL. */
@QuarkusTest
class InstructorApiTest {

    static final String DEMO_PASSWORD = "cofactor-demo-password";
    static final String PASSWORD = "a learner's long password";
    static final String ARTICLE = "magnesium-bisglycinate";

    @Inject
    QuizService quizzes;

    @Inject
    QuestionSeeds questions;

    String run;
    long cohortId;
    String joinCode;

    @BeforeEach
    void aCohort() {
        run = UUID.randomUUID().toString().substring(0, 8);
        JsonPath cohort = as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("name", "Cohort " + run)).post("/api/instructor/cohorts").then().statusCode(201)
                .extract().jsonPath();
        cohortId = cohort.getLong("id");
        joinCode = cohort.getString("joinCode");
        assertThat(joinCode).matches("[A-Z2-9]{8}");
    }

    @Test
    void learnersJoinWithTheCodeAndOnlyTheirInstructorSeesThem() {
        String email = newLearner("Jo " + run);
        as(email, PASSWORD).contentType("application/json").body(Map.of("code", " " + joinCode.toLowerCase() + " "))
                .post("/api/me/cohorts").then().statusCode(200);
        as(email, PASSWORD).contentType("application/json").body(Map.of("code", joinCode))
                .post("/api/me/cohorts").then().statusCode(200); // twice changes nothing
        JsonPath cohort = as("instructor@cofactor.test", DEMO_PASSWORD).get("/api/instructor/cohorts/" + cohortId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(cohort.getList("members.email")).containsExactly(email);
        assertThat(cohort.getLong("cohort.members")).isEqualTo(1);
        as("instructor2@cofactor.test", DEMO_PASSWORD).get("/api/instructor/cohorts/" + cohortId).then().statusCode(404);
        assertThat(as("instructor2@cofactor.test", DEMO_PASSWORD).get("/api/instructor/cohorts").jsonPath()
                .getList("id", Long.class)).doesNotContain(cohortId);
        long learnerId = as(email, PASSWORD).get("/api/me").jsonPath().getLong("id");
        as("instructor2@cofactor.test", DEMO_PASSWORD).get("/api/instructor/learners/" + learnerId).then().statusCode(404);
        as("admin@cofactor.test", DEMO_PASSWORD).get("/api/instructor/learners/" + learnerId).then().statusCode(200);
        as("admin@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("timeMultiplier", 2, "extraMinutes", 0))
                .put("/api/instructor/learners/987654321/accommodation").then().statusCode(404);
        assertThat(as(email, PASSWORD).get("/api/me/cohorts").jsonPath().getList("name")).containsExactly("Cohort " + run);
    }

    @Test
    void aWrongCodeOrNameIsRefusedAndChangesNothing() {
        String email = newLearner("Wrong " + run);
        as(email, PASSWORD).contentType("application/json").body(Map.of("code", "NOTACODE")).post("/api/me/cohorts")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(as(email, PASSWORD).get("/api/me/cohorts").jsonPath().getList("$")).isEmpty();
        int before = as("instructor@cofactor.test", DEMO_PASSWORD).get("/api/instructor/cohorts").jsonPath().getList("$").size();
        as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json").body(Map.of("name", " "))
                .post("/api/instructor/cohorts").then().statusCode(400).contentType("application/problem+json");
        assertThat(as("instructor@cofactor.test", DEMO_PASSWORD).get("/api/instructor/cohorts").jsonPath().getList("$"))
                .hasSize(before);
    }

    @Test
    void extraTimeMovesTheDeadlineOfAnOpenAttemptAndIsShownToTheLearner() {
        String email = joinedLearner("Slow " + run);
        long learnerId = as(email, PASSWORD).get("/api/me").jsonPath().getLong("id");
        long finalQuiz = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == 'final-magnesium-bisglycinate' }.id");
        JsonPath attempt = as(email, PASSWORD).contentType("application/json").post("/api/quizzes/" + finalQuiz + "/attempts")
                .then().statusCode(201).extract().jsonPath();
        Instant started = Instant.parse(attempt.getString("startedAt"));
        assertThat(Duration.between(started, Instant.parse(attempt.getString("deadline")))).isEqualTo(Duration.ofMinutes(30));

        as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("timeMultiplier", 1.5, "extraMinutes", 5))
                .put("/api/instructor/learners/" + learnerId + "/accommodation").then().statusCode(200);
        Instant moved = Instant.parse(as(email, PASSWORD).get("/api/attempts/" + attempt.getLong("id")).jsonPath().getString("deadline"));
        assertThat(Duration.between(started, moved)).isEqualTo(Duration.ofMinutes(50));
        assertThat(learnerPage(email, "/quizzes/final-magnesium-bisglycinate")).contains("1.5 × the time limit, plus 5 minutes");

        as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("timeMultiplier", 0.5, "extraMinutes", -1))
                .put("/api/instructor/learners/" + learnerId + "/accommodation").then().statusCode(400)
                .contentType("application/problem+json");
        Instant unchanged = Instant.parse(as(email, PASSWORD).get("/api/attempts/" + attempt.getLong("id")).jsonPath().getString("deadline"));
        assertThat(unchanged).isEqualTo(moved);
    }

    @Test
    void aJoinLinkFillsTheCodeInAndTheLearnerPageShowsCohortsAndMastery() {
        Document cohortPage = Jsoup.parse(as("instructor@cofactor.test", DEMO_PASSWORD).get("/instructor/cohorts/" + cohortId).asString());
        String link = cohortPage.select("a[href^=/me/cohorts?code=]").text();
        assertThat(link).endsWith("/me/cohorts?code=" + joinCode);
        String email = newLearner("Linked " + run);
        Document joinForm = Jsoup.parse(as(email, PASSWORD).get("/me/cohorts?code=" + joinCode).asString());
        assertThat(joinForm.select("input#code").val()).isEqualTo(joinCode);
        assertThat(as(email, PASSWORD).get("/me/cohorts?joined=You%20won").asString()).doesNotContain("You won");

        as(email, PASSWORD).contentType("application/json").body(Map.of("code", joinCode)).post("/api/me/cohorts")
                .then().statusCode(200);
        long check = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == 'check-the-paradox' }.id");
        submitOne(email, check, "paradox-override", Map.of("choiceId", "block"));
        long learnerId = as(email, PASSWORD).get("/api/me").jsonPath().getLong("id");
        Document learner = Jsoup.parse(as("instructor@cofactor.test", DEMO_PASSWORD).get("/instructor/learners/" + learnerId).asString());
        assertThat(learner.select("main p:contains(In )").text()).contains("Cohort " + run);
        assertThat(learner.select(".mastery-tag").eachText()).contains("NMDA", "Glycine receptor");
    }

    @Test
    void theGradebookFiltersAndSorts() {
        String ann = joinedLearner("Ann " + run);
        String bob = joinedLearner("Bob " + run);
        long check = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == 'check-the-paradox' }.id");
        long annAttempt = submitOne(ann, check, "paradox-override", Map.of("choiceId", "block"));
        submitOne(bob, check, "paradox-override", Map.of("choiceId", "gaba"));

        JsonPath book = gradebook(Map.of("cohort", cohortId, "sort", "check-the-paradox"));
        assertThat(book.getList("rows.displayName")).containsExactly("Ann " + run, "Bob " + run);
        assertThat(book.getInt("rows[0].grades." + check + ".attempts")).isEqualTo(1);
        assertThat(book.getList("rows.displayName", String.class))
                .isEqualTo(gradebook(Map.of("cohort", cohortId, "sort", "name")).getList("rows.displayName", String.class));

        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        JsonPath later = gradebook(Map.of("cohort", cohortId, "from", tomorrow));
        assertThat(later.getMap("rows[0].grades")).isEmpty();
        as("instructor@cofactor.test", DEMO_PASSWORD).queryParam("from", "yesterday").get("/api/instructor/gradebook")
                .then().statusCode(400).contentType("application/problem+json");

        Document page = Jsoup.parse(as("instructor@cofactor.test", DEMO_PASSWORD)
                .get("/instructor/gradebook?cohort=" + cohortId + "&sort=check-the-paradox").asString());
        assertThat(page.select("tfoot").text()).as("the average of 25 %% and 0 %%").startsWith("Average").contains("12.50%");
        assertThat(page.select("thead th[aria-sort=descending] .sorted").text()).isEqualTo("▼");
        long emptyCohort = as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("name", "Empty " + run)).post("/api/instructor/cohorts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Document empty = Jsoup.parse(as("instructor@cofactor.test", DEMO_PASSWORD)
                .get("/instructor/gradebook?cohort=" + emptyCohort).asString());
        assertThat(empty.select("p.notice").text()).startsWith("No learner matches this cohort and these dates.");

        JsonPath review = as("instructor@cofactor.test", DEMO_PASSWORD).get("/api/instructor/attempts/" + annAttempt)
                .then().statusCode(200).extract().jsonPath();
        assertThat(review.getString("attempt.questions.find { it.id == 'paradox-override' }.answer.choiceId"))
                .isEqualTo(ShownIds.choice(annAttempt, "paradox-override", "block"));
        as("instructor2@cofactor.test", DEMO_PASSWORD).get("/api/instructor/attempts/" + annAttempt).then().statusCode(404);
    }

    @Test
    void exportsAreRfc4180AndNeutraliseFormulas() throws IOException {
        String quiz = "export-" + run;
        quizzes.loadSeed(ARTICLE, List.of(new QuizSpec(quiz, "Export " + run, null, FeedbackMode.DEFERRED, null, false, false,
                null, null, GradingMethod.HIGHEST, 50, null, List.of("gaba-binding-site", "gaba-role"))));
        long quizId = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + quiz + "' }.id");
        String formula = joinedLearner("=HYPERLINK(\"http://evil.example\",\"x\")");
        submitOne(formula, quizId, "gaba-binding-site", Map.of("text", "@SUM(1+1), \"quoted\"\nline"));
        String plain = joinedLearner("Plain, " + run);
        submitOne(plain, quizId, "gaba-role", Map.of("choiceId", "inhibitory"));

        String responses = as("instructor@cofactor.test", DEMO_PASSWORD).queryParam("cohort", cohortId)
                .get("/api/quizzes/" + quizId + "/responses.csv").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", org.hamcrest.Matchers.containsString(quiz + "-responses.csv"))
                .extract().asString();
        assertThat(responses).startsWith("attemptId,learner,cohorts,questionId,version,answer,answerText,points,maxPoints\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(responses)).getRecords();
        assertThat(rows).hasSize(4); // two attempts of two questions, unanswered ones included
        CSVRecord text = rows.stream().filter(row -> row.get("questionId").equals("gaba-binding-site")
                && !row.get("answer").isEmpty()).findFirst().orElseThrow();
        assertThat(text.get("learner")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(text.get("answer")).isEqualTo("'@SUM(1+1), \"quoted\"\nline");
        assertThat(text.get("answerText")).isEqualTo(text.get("answer"));
        assertThat(text.get("cohorts")).isEqualTo("Cohort " + run);
        CSVRecord choice = rows.stream().filter(row -> row.get("questionId").equals("gaba-role")
                && !row.get("answer").isEmpty()).findFirst().orElseThrow();
        assertThat(choice.get("answer")).isEqualTo("inhibitory");
        assertThat(choice.get("answerText")).as("the text the learner saw").isEqualTo("It is the brain's primary inhibitory neurotransmitter");
        CSVRecord unanswered = rows.stream().filter(row -> row.get("answer").isEmpty()).findFirst().orElseThrow();
        assertThat(unanswered.get("points")).isEqualTo("0");
        assertThat(rows.stream().map(row -> row.get("learner"))).contains("Plain, " + run);

        String grades = as("instructor@cofactor.test", DEMO_PASSWORD).queryParam("cohort", cohortId)
                .get("/api/quizzes/" + quizId + "/grades.csv").then().statusCode(200).extract().asString();
        List<CSVRecord> gradeRows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(grades)).getRecords();
        assertThat(gradeRows).hasSize(2);
        assertThat(gradeRows.stream().map(row -> row.get("learner"))).allMatch(cell -> !cell.startsWith("="));
        assertThat(gradeRows.stream().map(row -> row.get("cohorts"))).containsOnly("Cohort " + run);
        assertThat(gradeRows.stream().map(row -> row.get("lastSubmitted")))
                .allMatch(cell -> cell.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

        byte[] forExcel = as("instructor@cofactor.test", DEMO_PASSWORD).queryParam("cohort", cohortId).queryParam("bom", true)
                .get("/api/quizzes/" + quizId + "/grades.csv").then().statusCode(200).extract().asByteArray();
        assertThat(Arrays.copyOf(forExcel, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(forExcel, StandardCharsets.UTF_8).substring(1)).isEqualTo(grades);
    }

    @Test
    void anInstructorChangesAMarkWithACommentTheLearnerSeesBothTheAuditKeepsTheReasonAndARegradeKeepsIt() {
        String probe = "marked-probe-" + run;
        questions.load(ARTICLE, List.of(trueFalse(probe, true)));
        String quiz = "marked-" + run;
        quizzes.loadSeed(ARTICLE, List.of(new QuizSpec(quiz, "Marked " + run, null, FeedbackMode.DEFERRED, null, false, false,
                null, null, GradingMethod.HIGHEST, 50, null, List.of(probe, "gaba-role"))));
        long quizId = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + quiz + "' }.id");
        String email = joinedLearner("Marked " + run);
        long attemptId = submitOne(email, quizId, probe, Map.of("value", true));
        String marks = "/api/instructor/attempts/" + attemptId + "/marks/" + probe;
        RequestSpecification instructor = as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json");

        instructor.body(Map.of("points", 0.5, "comment", "Right, but say why.")).put(marks).then().statusCode(400)
                .contentType("application/problem+json").body("errors.reason", org.hamcrest.Matchers.containsString("why"));
        as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("points", 2, "reason", "too many")).put(marks).then().statusCode(400)
                .body("errors.points", org.hamcrest.Matchers.containsString("from 0 to 1"));
        as("instructor2@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("points", 0, "reason", "not mine")).put(marks).then().statusCode(404);
        assertThat(as(email, PASSWORD).get("/api/attempts/" + attemptId).jsonPath().getDouble("result.percent"))
                .as("refused marks change nothing").isEqualTo(50.0);

        JsonPath review = as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("points", 0.5, "comment", "Right, but say why.", "reason", "no justification given"))
                .put(marks).then().statusCode(200).extract().jsonPath();
        assertThat(review.getDouble("attempt.result.score")).isEqualTo(0.5);
        JsonPath seen = as(email, PASSWORD).get("/api/attempts/" + attemptId).jsonPath();
        assertThat(seen.getDouble("result.percent")).isEqualTo(25.0);
        assertThat(seen.getString("result.questions.find { it.questionId == '" + probe + "' }.comment")).isEqualTo("Right, but say why.");
        assertThat(seen.getBoolean("result.questions.find { it.questionId == '" + probe + "' }.markedByPerson")).isTrue();
        assertThat(learnerPage(email, "/attempts/" + attemptId + "/result")).contains("Right, but say why.", "Points set by an instructor.");
        assertThat(gradebook(Map.of("cohort", cohortId)).getDouble("rows[0].grades." + quizId + ".gradePercent")).isEqualTo(25.0);
        assertThat(as("admin@cofactor.test", DEMO_PASSWORD).get("/admin/audit?action=attempt.marked").asString())
                .contains("attempt " + attemptId + " (quiz " + quiz + "), question " + probe,
                        "points 1 -&gt; 0.5 of 1; reason: no justification given");

        questions.load(ARTICLE, List.of(trueFalse(probe, false))); // a new key would give 0: the person's mark stays
        as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json").body(Map.of("questionId", probe))
                .post("/api/quizzes/" + quizId + "/regrades?dryRun=false").then().statusCode(201);
        assertThat(as(email, PASSWORD).get("/api/attempts/" + attemptId).jsonPath().getDouble("result.percent")).isEqualTo(25.0);
    }

    @Test
    void theAttemptPageMarksAnAnswerAndARefusedMarkSaysWhyAtItsFieldKeepingWhatWasTyped() {
        long quizId = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == 'check-the-paradox' }.id");
        String email = joinedLearner("Paged " + run);
        long attemptId = submitOne(email, quizId, "paradox-override", Map.of("choiceId", "gaba"));
        WebClient instructor = WebClient.demo("instructor");
        String path = "/instructor/attempts/" + attemptId + "/marks/paradox-override";

        Response refused = instructor.postForm(path, Map.of("points", "lots", "comment", "Nearly.", "reason", "partial idea"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        Element form = page.selectFirst("details.mark-form[open]");
        assertThat(form).isNotNull();
        assertThat(form.select(".field-error").text()).contains("'lots' is not a number");
        assertThat(form.select("textarea[name=comment]").text()).isEqualTo("Nearly.");
        assertThat(form.select("input[name=reason]").val()).isEqualTo("partial idea");

        Response saved = instructor.postForm(path, Map.of("points", "0,5", "comment", "Nearly.", "reason", "partial idea"));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(instructor.get(saved.getHeader("Location")).asString());
        assertThat(after.select("p.notice").text()).contains("question paradox-override is saved");
        assertThat(after.select(".score").text()).startsWith("0.5 of");
        assertThat(after.select(".comment").text()).contains("Nearly.");
    }

    @Test
    void aRegradeIsPreviewedThenAppliedAndRecorded() {
        String probe = "regrade-probe-" + run;
        QuestionSpec original = trueFalse(probe, true);
        questions.load(ARTICLE, List.of(original));
        String quiz = "regrade-" + run;
        quizzes.loadSeed(ARTICLE, List.of(new QuizSpec(quiz, "Regrade " + run, null, FeedbackMode.DEFERRED, null, false, false,
                null, null, GradingMethod.HIGHEST, 50, null, List.of(probe, "gaba-role"))));
        long quizId = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + quiz + "' }.id");
        String email = joinedLearner("Regraded " + run);
        long attemptId = submitOne(email, quizId, probe, Map.of("value", false));
        assertThat(as(email, PASSWORD).get("/api/attempts/" + attemptId).jsonPath().getDouble("result.percent")).isZero();

        questions.load(ARTICLE, List.of(trueFalse(probe, false))); // the key was wrong: the statement is false

        RequestSpecification instructor = as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json");
        assertThat(instructor.get("/api/quizzes/" + quizId + "/regrades").jsonPath().getList("outdated.questionId"))
                .containsExactly(probe);
        JsonPath preview = as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("questionId", probe)).post("/api/quizzes/" + quizId + "/regrades?dryRun=true")
                .then().statusCode(200).extract().jsonPath();
        assertThat(preview.getList("changes.attemptId", Long.class)).containsExactly(attemptId);
        assertThat(preview.getDouble("changes[0].newPercent")).isEqualTo(50.0);
        assertThat(as(email, PASSWORD).get("/api/attempts/" + attemptId).jsonPath().getDouble("result.percent"))
                .as("a preview changes nothing").isZero();

        JsonPath applied = as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("questionId", probe)).post("/api/quizzes/" + quizId + "/regrades?dryRun=false")
                .then().statusCode(201).extract().jsonPath();
        assertThat(applied.getLong("id")).isPositive();
        JsonPath after = as(email, PASSWORD).get("/api/attempts/" + attemptId).jsonPath();
        assertThat(after.getDouble("result.percent")).isEqualTo(50.0);
        assertThat(after.getInt("questions.find { it.id == '" + probe + "' }.version")).isEqualTo(2);
        assertThat(after.getBoolean("questions.find { it.id == '" + probe + "' }.answer.value")).isFalse();
        JsonPath history = as("instructor@cofactor.test", DEMO_PASSWORD).get("/api/quizzes/" + quizId + "/regrades").jsonPath();
        assertThat(history.getList("outdated")).isEmpty();
        assertThat(history.getDouble("history[0].changes[0].oldScore")).isZero();
        assertThat(history.getDouble("history[0].changes[0].newScore")).isEqualTo(1.0);
        assertThat(as("instructor2@cofactor.test", DEMO_PASSWORD).get("/api/quizzes/" + quizId + "/regrades").jsonPath()
                .getList("history")).as("another instructor's learners stay out of sight").isEmpty();
        as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("questionId", probe)).post("/api/quizzes/" + quizId + "/regrades?dryRun=false")
                .then().statusCode(409);
        JsonPath audit = as("admin@cofactor.test", DEMO_PASSWORD).queryParam("action", "regrade.applied")
                .get("/api/admin/audit").jsonPath();
        String subject = "quiz " + quizId + ", question " + probe;
        assertThat(audit.getString("find { it.subject == '" + subject + "' }.actorEmail")).isEqualTo("instructor@cofactor.test");
        assertThat(audit.getString("find { it.subject == '" + subject + "' }.detail")).startsWith("1 attempt moved to version 2");
    }

    @Test
    void aRegradeThatChangesPointsShowsEachPercentAgainstItsOwnMaximum() {
        String probe = "regrade-points-" + run;
        questions.load(ARTICLE, List.of(trueFalse(probe, true)));
        String quiz = "regrade-points-" + run;
        quizzes.loadSeed(ARTICLE, List.of(new QuizSpec(quiz, "Regrade points " + run, null, FeedbackMode.DEFERRED, null, false,
                false, null, null, GradingMethod.HIGHEST, 50, null, List.of(probe, "gaba-role"))));
        long quizId = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + quiz + "' }.id");
        String email = joinedLearner("Reweighed " + run);
        long attemptId = submitOne(email, quizId, probe, Map.of("value", true)); // 1 of 2 points: 50 %

        questions.load(ARTICLE, List.of(trueFalse(probe, true, 3))); // now worth 3 points: 3 of 4, 75 %

        JsonPath applied = as("instructor@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("questionId", probe)).post("/api/quizzes/" + quizId + "/regrades?dryRun=false")
                .then().statusCode(201).extract().jsonPath();
        JsonPath history = as("instructor@cofactor.test", DEMO_PASSWORD).get("/api/quizzes/" + quizId + "/regrades").jsonPath();
        for (String change : List.of("changes[0]", "history[0].changes[0]")) {
            JsonPath report = change.startsWith("history") ? history : applied;
            assertThat(report.getDouble(change + ".oldScore")).as(change).isEqualTo(1.0);
            assertThat(report.getDouble(change + ".oldPercent")).as(change).isEqualTo(50.0);
            assertThat(report.getDouble(change + ".newScore")).as(change).isEqualTo(3.0);
            assertThat(report.getDouble(change + ".maxScore")).as(change).isEqualTo(4.0);
            assertThat(report.getDouble(change + ".newPercent")).as(change).isEqualTo(75.0);
        }
        assertThat(as(email, PASSWORD).get("/api/attempts/" + attemptId).jsonPath().getDouble("result.percent")).isEqualTo(75.0);
    }

    private static QuestionSpec trueFalse(String id, boolean correct) {
        return trueFalse(id, correct, null);
    }

    private static QuestionSpec trueFalse(String id, boolean correct, Integer points) {
        return new QuestionSpec(id, QuestionType.TRUE_FALSE, "Magnesium is a multitasking mineral.", points, List.of("GABA-A"),
                "how-magnesium-calms-your-brain", "multitasking mineral", null, null, null, null, null, null, null,
                correct, null, null, null, null);
    }

    private JsonPath gradebook(Map<String, ?> query) {
        return as("instructor@cofactor.test", DEMO_PASSWORD).queryParams(query).get("/api/instructor/gradebook")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Starts an attempt, answers one question and submits; returns the attempt id. */
    private static long submitOne(String email, long quizId, String question, Map<String, ?> answer) {
        long id = as(email, PASSWORD).contentType("application/json").post("/api/quizzes/" + quizId + "/attempts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(email, PASSWORD).contentType("application/json").body(ShownIds.answer(id, question, answer))
                .put("/api/attempts/" + id + "/answers/" + question).then().statusCode(200);
        as(email, PASSWORD).contentType("application/json").post("/api/attempts/" + id + "/submission").then().statusCode(200);
        return id;
    }

    private static String learnerPage(String email, String path) {
        return as(email, PASSWORD).get(path).then().statusCode(200).extract().asString();
    }

    private String joinedLearner(String name) {
        String email = newLearner(name);
        as(email, PASSWORD).contentType("application/json").body(Map.of("code", joinCode)).post("/api/me/cohorts")
                .then().statusCode(200);
        return email;
    }

    private static String newLearner(String name) {
        String email = "instructed-" + UUID.randomUUID() + "@example.org";
        as("admin@cofactor.test", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("displayName", name, "email", email, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
        return email;
    }

    private static RequestSpecification as(String email, String password) {
        return given().auth().preemptive().basic(email, password);
    }
}
