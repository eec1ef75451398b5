package dev.cofactor.web.instructor;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cofactor.quiz.quiz.FeedbackMode;
import dev.cofactor.quiz.quiz.GradingMethod;
import dev.cofactor.quiz.quiz.QuizService;
import dev.cofactor.quiz.quiz.QuizSpec;
import dev.cofactor.quiz.scoring.Fraction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Item statistics against values this test computes itself, by the textbook formulas, from a small
 * hand-made set of attempts written straight into PostgreSQL on a quiz of its own.
 */
@QuarkusTest
class StatisticsTest {

    static final String ADMIN = "admin@cofactor.test";
    static final String INSTRUCTOR = "instructor@cofactor.test";
    static final String PASSWORD = "cofactor-demo-password";
    static final String[] QUESTIONS = {"gaba-role", "calm-two-actions", "nmda-plug", "brake-chloride"};

    /** Credit per question for each learner's first attempt; null is unanswered. */
    static final Double[][] FIRST = {
            {1.0, 0.5, null, 0.0},
            {1.0, 0.5, 0.0, 1.0},
            {1.0, 0.5, 1.0, 1.0},
            {1.0, 0.0, 0.0, 1.0},
            {1.0, 0.5, 0.0, 1.0},
            {1.0, 1.0, 1.0, 0.0},
            {1.0, 1.0, 1.0, 1.0}};
    /** The second learner tries again, later, and gets everything right. */
    static final Double[] SECOND_TRY = {1.0, 1.0, 1.0, 1.0};

    @Inject
    EntityManager entityManager;

    @Inject
    QuizService quizzes;

    long quizId;
    List<Long> learners = new ArrayList<>();

    @BeforeEach
    void handMadeAttempts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String slug = "stats-" + run;
        quizzes.loadSeed("magnesium-bisglycinate", List.of(new QuizSpec(slug, "Statistics " + run, null, FeedbackMode.DEFERRED,
                null, false, false, null, null, GradingMethod.HIGHEST, 50, null, List.of(QUESTIONS))));
        quizId = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == '" + slug + "' }.id");
        Instant start = Instant.parse("2026-11-01T10:00:00Z");
        for (int i = 0; i < FIRST.length; i++) {
            learners.add(newLearner("Learner " + i + " " + run));
            attempt(learners.get(i), start.plus(i, ChronoUnit.HOURS), FIRST[i]);
        }
        attempt(learners.get(1), start.plus(1, ChronoUnit.DAYS), SECOND_TRY);
    }

    @Test
    void firstAttemptsMatchTheTextbookFormulas() {
        JsonPath report = statistics("first");
        assertMatches(report, FIRST);
        assertThat(report.getString("attemptSet")).isEqualTo("first");
    }

    @Test
    void otherAttemptSetsCountOtherAttempts() {
        Double[][] all = Arrays.copyOf(FIRST, FIRST.length + 1);
        all[FIRST.length] = SECOND_TRY;
        assertMatches(statistics("all"), all);
        Double[][] last = FIRST.clone();
        last[1] = SECOND_TRY;
        assertMatches(statistics("last"), last);
        assertMatches(statistics("highest"), last);
    }

    @Test
    void flagsSayWhyAQuestionNeedsALook() {
        JsonPath report = statistics("first");
        assertThat(report.getList("questions[0].flags.code")).containsExactly("too_easy");
        assertThat(report.getString("questions[0].flags[0].reason")).contains("100 %");
        assertThat(report.getList("questions[3].flags.code")).containsExactly("negative_discrimination");
        assertThat(report.getList("questions[1].flags")).isEmpty();
        assertThat(report.getList("questions[2].flags")).isEmpty();
    }

    @Test
    void choicesAreCountedAsPicked() {
        JsonPath report = statistics("first");
        assertThat(report.getLong("questions[0].choices.find { it.choiceId == 'inhibitory' }.count")).isEqualTo(7);
        assertThat(report.getLong("questions[0].choices.find { it.choiceId == 'hormone' }.count")).isZero();
        assertThat(report.getLong("questions[1].choices.find { it.choiceId == 'boost-gaba' }.count")).isEqualTo(6);
        assertThat(report.getLong("questions[2].choices.find { it.choiceId == 'true' }.count")).isEqualTo(3);
        assertThat(report.getLong("questions[3].choices.find { it.choiceId == 'calcium' }.count")).isEqualTo(2);
        assertThat(report.getList("questions[0].choices.findAll { it.right }.choiceId")).containsExactly("inhibitory");
        assertThat(report.getList("questions[1].choices.findAll { it.right }.choiceId"))
                .containsExactlyInAnyOrder("boost-gaba", "block-nmda");
        assertThat(report.getList("questions[2].choices.findAll { it.right }.choiceId")).containsExactly("true");
    }

    @Test
    void masteryAndDistributionAreAggregatedToo() {
        JsonPath report = statistics("first");
        List<Map<String, Object>> buckets = report.getList("distribution");
        assertThat(buckets).hasSize(10);
        long[] expected = new long[10];
        for (Double[] row : FIRST) {
            expected[Math.min(9, (int) Math.floor(10 * Textbook.total(row) / QUESTIONS.length))]++;
        }
        for (int i = 0; i < 10; i++) {
            assertThat(((Number) buckets.get(i).get("attempts")).longValue()).as("bucket " + i).isEqualTo(expected[i]);
        }
        assertThat(report.getDouble("mastery.find { it.tag == 'GABA-A' }.possible")).isPositive();
    }

    @Test
    void aCohortNarrowsTheReportToItsLearners() {
        JsonPath cohort = given().auth().preemptive().basic(INSTRUCTOR, PASSWORD).contentType("application/json")
                .body(Map.of("name", "Statistics cohort")).post("/api/instructor/cohorts").then().statusCode(201)
                .extract().jsonPath();
        for (int i = 0; i < 3; i++) {
            given().auth().preemptive().basic(email(learners.get(i)), LEARNER_PASSWORD).contentType("application/json")
                    .body(Map.of("code", cohort.getString("joinCode").toLowerCase())).post("/api/me/cohorts")
                    .then().statusCode(200);
        }
        JsonPath report = given().auth().preemptive().basic(INSTRUCTOR, PASSWORD)
                .queryParam("cohort", cohort.getLong("id")).get("/api/quizzes/" + quizId + "/statistics")
                .then().statusCode(200).extract().jsonPath();
        assertMatches(report, Arrays.copyOf(FIRST, 3));
    }

    @Test
    void anUnknownAttemptSetIsABadRequest() {
        given().auth().preemptive().basic(ADMIN, PASSWORD).queryParam("attempts", "best")
                .get("/api/quizzes/" + quizId + "/statistics")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static void assertMatches(JsonPath report, Double[][] rows) {
        Textbook expected = new Textbook(rows);
        assertThat(report.getLong("attempts")).isEqualTo(rows.length);
        assertThat(report.getDouble("mean")).isCloseTo(expected.mean(), within(0.01));
        assertThat(report.getDouble("median")).isCloseTo(expected.median(), within(0.01));
        assertThat(report.getDouble("standardDeviation")).isCloseTo(expected.standardDeviation(), within(0.01));
        assertThat(report.getDouble("skewness")).isCloseTo(expected.skewness(), within(0.0001));
        if (rows.length > 3) {
            assertThat(report.getDouble("kurtosis")).isCloseTo(expected.kurtosis(), within(0.0001));
        } else {
            assertThat(report.getString("kurtosis")).as("kurtosis needs four attempts").isNull();
        }
        assertThat(report.getDouble("cronbachAlpha")).isCloseTo(expected.cronbachAlpha(), within(0.01));
        assertThat(report.getDouble("errorRatio")).isCloseTo(expected.errorRatio(), within(0.01));
        assertThat(report.getDouble("standardError")).isCloseTo(expected.standardError(), within(0.01));
        for (int q = 0; q < QUESTIONS.length; q++) {
            String path = "questions[" + q + "].";
            assertThat(report.getString(path + "questionId")).isEqualTo(QUESTIONS[q]);
            assertThat(report.getLong(path + "attempts")).isEqualTo(rows.length);
            assertThat(report.getDouble(path + "facilityIndex")).isCloseTo(expected.facility(q), within(0.01));
            assertThat(report.getDouble(path + "standardDeviation")).isCloseTo(expected.itemDeviation(q), within(0.01));
            assertNullableClose(report, path + "discriminationIndex", expected.discrimination(q));
            assertNullableClose(report, path + "discriminativeEfficiency", expected.efficiency(q));
        }
    }

    private static void assertNullableClose(JsonPath report, String path, Double expected) {
        if (expected == null) {
            assertThat(report.getString(path)).as(path).isNull();
        } else {
            assertThat(report.getDouble(path)).as(path).isCloseTo(expected, within(0.01));
        }
    }

    /**
     * The textbook formulas, written out over the raw marks (every question is worth 1 point; an
     * unanswered question scores 0): sample variances, adjusted Fisher-Pearson skewness, excess
     * kurtosis, Cronbach's alpha, discrimination as the correlation with the rest of the test, and
     * discriminative efficiency as the covariance over the largest covariance a re-pairing allows.
     */
    record Textbook(double[][] marks) {

        Textbook(Double[][] rows) {
            this(Arrays.stream(rows).map(row -> Arrays.stream(row).mapToDouble(x -> x == null ? 0 : x).toArray())
                    .toArray(double[][]::new));
        }

        static double total(Double[] row) {
            return Arrays.stream(row).mapToDouble(x -> x == null ? 0 : x).sum();
        }

        int n() {
            return marks.length;
        }

        double[] totals() {
            return Arrays.stream(marks).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
        }

        double[] item(int q) {
            return Arrays.stream(marks).mapToDouble(row -> row[q]).toArray();
        }

        double[] rest(int q) {
            double[] totals = totals();
            double[] item = item(q);
            return java.util.stream.IntStream.range(0, n()).mapToDouble(i -> totals[i] - item[i]).toArray();
        }

        static double average(double[] values) {
            return Arrays.stream(values).average().orElseThrow();
        }

        static double covariance(double[] a, double[] b) {
            double meanA = average(a);
            double meanB = average(b);
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += (a[i] - meanA) * (b[i] - meanB);
            }
            return sum / (a.length - 1);
        }

        double max() {
            return QUESTIONS.length;
        }

        double mean() {
            return 100 * average(totals()) / max();
        }

        double median() {
            double[] sorted = totals().clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return 100 * (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2) / max();
        }

        double sd() {
            return Math.sqrt(covariance(totals(), totals()));
        }

        double standardDeviation() {
            return 100 * sd() / max();
        }

        double skewness() {
            double n = n();
            double mean = average(totals());
            double sum = Arrays.stream(totals()).map(t -> Math.pow((t - mean) / sd(), 3)).sum();
            return n / ((n - 1) * (n - 2)) * sum;
        }

        double kurtosis() {
            double n = n();
            double mean = average(totals());
            double sum = Arrays.stream(totals()).map(t -> Math.pow((t - mean) / sd(), 4)).sum();
            return n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * sum - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
        }

        double cronbachAlpha() {
            double p = QUESTIONS.length;
            double items = 0;
            for (int q = 0; q < p; q++) {
                items += covariance(item(q), item(q));
            }
            return 100 * p / (p - 1) * (1 - items / covariance(totals(), totals()));
        }

        double errorRatio() {
            return 100 * Math.sqrt(1 - cronbachAlpha() / 100);
        }

        double standardError() {
            return 100 * (errorRatio() / 100 * sd()) / max();
        }

        double facility(int q) {
            return 100 * average(item(q));
        }

        double itemDeviation(int q) {
            return 100 * Math.sqrt(covariance(item(q), item(q)));
        }

        Double discrimination(int q) {
            double spread = covariance(item(q), item(q)) * covariance(rest(q), rest(q));
            return spread == 0 ? null : 100 * covariance(item(q), rest(q)) / Math.sqrt(spread);
        }

        Double efficiency(int q) {
            double[] item = item(q).clone();
            double[] rest = rest(q).clone();
            Arrays.sort(item);
            Arrays.sort(rest);
            double most = covariance(item, rest);
            return most == 0 ? null : 100 * covariance(item(q), rest(q)) / most;
        }
    }

    static final String LEARNER_PASSWORD = "a learner's long password";

    private long newLearner(String name) {
        String email = "stats-" + UUID.randomUUID() + "@example.org";
        return given().auth().preemptive().basic(ADMIN, PASSWORD).contentType("application/json")
                .body(Map.of("displayName", name, "email", email, "password", LEARNER_PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private String email(long learnerId) {
        return given().auth().preemptive().basic(ADMIN, PASSWORD).get("/api/admin/users").jsonPath()
                .getString("find { it.id == " + learnerId + " }.email");
    }

    private JsonPath statistics(String attemptSet) {
        return given().auth().preemptive().basic(ADMIN, PASSWORD).queryParam("attempts", attemptSet)
                .get("/api/quizzes/" + quizId + "/statistics").then().statusCode(200).extract().jsonPath();
    }

    /** A submitted attempt with these credits (null: unanswered), written as the app would have stored it. */
    private void attempt(long learnerId, Instant submitted, Double[] credits) {
        QuarkusTransaction.requiringNew().run(() -> {
            Fraction total = Arrays.stream(credits).map(StatisticsTest::exact).reduce(Fraction.ZERO, Fraction::plus);
            long attemptId = ((Number) entityManager.createNativeQuery("""
                    insert into attempt (quiz_id, learner_id, seed, practice, started_at, submitted_at, late, points_numerator,
                                         points_denominator, max_points)
                    values (?1, ?2, 1, false, ?3, ?4, false, ?5, ?6, ?7) returning id""")
                    .setParameter(1, quizId).setParameter(2, learnerId).setParameter(3, submitted.minusSeconds(600))
                    .setParameter(4, submitted).setParameter(5, total.numerator()).setParameter(6, total.denominator())
                    .setParameter(7, QUESTIONS.length).getSingleResult()).longValue();
            for (int q = 0; q < QUESTIONS.length; q++) {
                long version = ((Number) entityManager.createNativeQuery("""
                        select v.id from question_version v join question q on q.id = v.question_id
                        where q.slug = ?1 order by v.version desc limit 1""").setParameter(1, QUESTIONS[q])
                        .getSingleResult()).longValue();
                entityManager.createNativeQuery("insert into attempt_question values (?1, ?2, ?3)")
                        .setParameter(1, attemptId).setParameter(2, q).setParameter(3, version).executeUpdate();
                // an unanswered question has a blank response, as submission leaves it
                Fraction credit = exact(credits[q]);
                entityManager.createNativeQuery("""
                        insert into response (attempt_id, question_version_id, answer, saved_at, checked, credit_numerator,
                                              credit_denominator)
                        values (?1, ?2, cast(?3 as jsonb), ?4, false, ?5, ?6)""")
                        .setParameter(1, attemptId).setParameter(2, version)
                        .setParameter(3, credits[q] == null ? null : answer(q, credits[q]))
                        .setParameter(4, submitted).setParameter(5, credit.numerator()).setParameter(6, credit.denominator())
                        .executeUpdate();
            }
        });
    }

    /** The fraction the app stores for one of this test's credits (0, 1/2, 1; null is unanswered, worth 0). */
    private static Fraction exact(Double credit) {
        return credit == null ? Fraction.ZERO : Fraction.parse(BigDecimal.valueOf(credit).toPlainString());
    }

    /** An answer that earns this credit on the question. */
    private static String answer(int question, double credit) {
        return switch (QUESTIONS[question]) {
            case "gaba-role" -> credit == 1 ? "{\"choiceId\":\"inhibitory\"}" : "{\"choiceId\":\"excitatory\"}";
            case "calm-two-actions" -> credit == 1 ? "{\"choiceIds\":[\"boost-gaba\",\"block-nmda\"]}"
                    : credit == 0.5 ? "{\"choiceIds\":[\"boost-gaba\"]}" : "{\"choiceIds\":[\"release-glutamate\"]}";
            case "nmda-plug" -> "{\"value\":" + (credit == 1) + "}";
            default -> credit == 1 ? "{\"choiceId\":\"chloride\"}" : "{\"choiceId\":\"calcium\"}";
        };
    }
}
