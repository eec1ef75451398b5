package dev.cofactor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input of every kind gets a 4xx that says what and where, changes nothing, and never a 500. */
@QuarkusTest
class BadInputTest {

    private static final String PASSWORD = "a careful long password";

    @Inject
    EntityManager entityManager;

    private String learner;
    private long attempt;

    @BeforeEach
    void aLearnerWithAnOpenAttempt() {
        learner = "bad-input-" + UUID.randomUUID() + "@example.org";
        admin().body(Map.of("displayName", "Bea", "email", learner, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
        long quiz = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == 'final-magnesium-bisglycinate' }.id");
        attempt = me().post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD).contentType("application/json");
    }

    private RequestSpecification me() {
        return given().auth().preemptive().basic(learner, PASSWORD).contentType("application/json");
    }

    private Response answer(String question, String json) {
        return me().body(json).put("/api/attempts/" + attempt + "/answers/" + question);
    }

    private static void isProblem(Response response, int status, String detail) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).contains(detail);
    }

    @Test
    void numbersOutOfRangeAreRefusedAndNoStoredNumberCanBreakAPage() {
        isProblem(answer("sensitive-number-of-options", "{\"number\": 1e1000}"), 400, "smaller than 10^15");
        isProblem(answer("sensitive-number-of-options", "{\"number\": 1e131072}"), 400, "smaller than 10^15");
        isProblem(answer("sensitive-number-of-options", "{\"number\": 0.0000000000000001}"), 400, "at most 15 decimals");
        answer("sensitive-number-of-options", "{\"number\": 3}").then().statusCode(200);

        // a number stored before the bound existed still reads back: every view of the attempt works
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                update response set answer = cast('{"number": 1e1000}' as jsonb) where attempt_id = ?1""")
                .setParameter(1, attempt).executeUpdate());
        me().get("/api/attempts/" + attempt).then().statusCode(200);
        long quiz = me().get("/api/attempts/" + attempt).jsonPath().getLong("quizId");
        me().post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201);
        me().post("/api/attempts/" + attempt + "/submission").then().statusCode(200);
        given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD)
                .get("/api/instructor/attempts/" + attempt).then().statusCode(200);
    }

    @Test
    void aNulCharacterIsRefusedWhereverItComes() {
        for (String path : List.of("/quizzes/%00", "/articles/%00", "/api/articles/%00", "/api/quizzes?x=%00")) {
            Response response = given().urlEncodingEnabled(false).redirects().follow(false).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.asString()).contains("NUL character");
        }
        isProblem(answer("nmda-activated-by", "{\"choiceId\": \"a\\u0000b\"}"), 400, "NUL character");
        isProblem(me().body("{\"code\": \"A\\u0000\"}").post("/api/me/cohorts"), 400, "'code'");
        isProblem(me().body("{\"code\": \"\\ud800\"}").post("/api/me/cohorts"), 400, "surrogate");
        isProblem(admin().contentType("text/plain").body("::Q::Is it\u0000? {T}").post("/api/admin/questions/import/gift"),
                400, "line 1, column 11");
        WebClient browser = WebClient.demo("learner");
        Response form = browser.postForm("/me/cohorts", Map.of("code", "AB\u0000CD"));
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(form.asString()).text()).contains("The field code holds a NUL character");
    }

    @Test
    void importsThatAreNotUtf8AreRefusedWithWhere() {
        byte[] latin1 = "::Q::Caf\u00e9?\n{T}".getBytes(StandardCharsets.ISO_8859_1);
        isProblem(admin().contentType("text/plain").body(latin1).post("/api/admin/questions/import/gift"), 400,
                "is not UTF-8 text: byte 9 at line 1, column 9");
        byte[] utf16 = "\uFEFF::Q::Is it? {T}".getBytes(StandardCharsets.UTF_16);
        isProblem(admin().contentType("text/plain").body(utf16).post("/api/admin/questions/import/gift"), 400, "UTF-16");
        isProblem(admin().contentType("text/markdown").body(latin1).post("/api/admin/articles/magnesium-bisglycinate/preview"),
                400, "is not UTF-8");
    }

    @Test
    void jsonIsReadStrictlyAndEveryErrorIsAProblemThatNamesTheField() {
        isProblem(me().body("{\"code\":\"A\",\"code\":\"B\"}").post("/api/me/cohorts"), 400, "names the field 'code' twice");
        isProblem(answer("nmda-activated-by", "{\"choiceIds\":\"x\"}"), 400, "The field 'choiceIds' must be a list");
        isProblem(answer("sensitive-number-of-options", "{\"number\":\"abc\"}"), 400, "The field 'number' must be a number");
        isProblem(answer("glycine-paired", "{\"value\":1}"), 400, "The field 'value' must be true or false");
        isProblem(answer("nmda-activated-by", "{"), 400, "not valid JSON");
        isProblem(answer("nmda-activated-by", "0x10"), 400, "not valid JSON");
        isProblem(answer("nmda-activated-by", "[]"), 400, "The body must be an object with fields");
        isProblem(answer("nmda-activated-by", "{\"choiceId\":\"a\",\"colour\":\"red\"}"), 400, "'colour' is not one this request takes");
        isProblem(admin().body("{\"name\": 5}").post("/api/instructor/cohorts"), 400, "The field 'name' must be text");
        isProblem(admin().body("{\"name\": true}").post("/api/instructor/cohorts"), 400, "The field 'name' must be text");
        isProblem(admin().body("{\"timeMultiplier\": \"2\", \"extraMinutes\": 0}")
                .put("/api/instructor/learners/1/accommodation"), 400, "must be a number");
        assertThat(me().get("/api/me/cohorts").jsonPath().getList("$")).isEmpty();
        assertThat(me().get("/api/attempts/" + attempt).jsonPath().getInt("answered")).isZero();
    }

    /** An email longer than any account's never reaches the throttle's index (PostgreSQL refuses rows that long). */
    @Test
    void anOverlongEmailIsAWrongSignInNotAFailure() {
        String email = "x".repeat(5000) + "@example.org";
        given().auth().preemptive().basic(email, "whatever it is").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(WebClient.anonymous().signIn(email, "whatever it is").statusCode()).isEqualTo(401);
    }

    /** Found by FuzzTest: an id written in Arabic-Indic digits reached an account, and no field meant "disable". */
    @Test
    void aMissingFieldIsRefusedNotReadAsFalse() {
        long id = me().get("/api/me").jsonPath().getLong("id");
        Response refused = given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD)
                .redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/admin/users/" + id + "/enabled");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#account").text()).contains("true or false");
        me().get("/api/me").then().statusCode(200).body("enabled", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void aFormWithMoreThanAThousandFieldsIsTooLargeNotAFailure() {
        WebClient browser = WebClient.demo("learner");
        String fields = IntStream.range(0, 1001).mapToObj(i -> "code=X").collect(Collectors.joining("&"));
        Response response = browser.request().contentType("application/x-www-form-urlencoded")
                .body(fields + "&csrf-token=" + browser.csrfToken()).post("/me/cohorts");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.asString()).select("h1").text()).isEqualTo("Too much at once");
        assertThat(response.asString()).contains("more than 1,000 fields");
    }
}
