package dev.cofactor.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Forged writes: every state-changing request authenticated by the session cookie needs the CSRF token
 * (bound to the session) and may not come from another origin, whatever its body; HTTP Basic needs no
 * token but is held to the origin too.
 */
@QuarkusTest
class CsrfTest {

    private static final String ADMIN = "admin@cofactor.test";

    private static String newAccountBody(String email) {
        return "{\"displayName\":\"X\",\"email\":\"" + email + "\",\"password\":\"planted-password-123\",\"role\":\"admin\"}";
    }

    private static int accounts(String email) {
        return given().auth().preemptive().basic(ADMIN, WebClient.DEMO_PASSWORD).get("/api/admin/users").jsonPath()
                .getList("findAll { it.email == '" + email + "' }").size();
    }

    @Test
    void aJsonWriteWithTheSessionCookieNeedsTheToken() {
        WebClient admin = WebClient.demo("admin");
        String email = "planted-" + UUID.randomUUID() + "@evil.example";
        Response forged = admin.request().contentType("application/json").body(newAccountBody(email)).post("/api/admin/users");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.jsonPath().getString("detail")).contains("security token");
        assertThat(accounts(email)).isZero();

        admin.postJson("/api/admin/users", newAccountBody(email)).then().statusCode(201);
        assertThat(accounts(email)).isEqualTo(1);
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedSoThatNoFormCanPassForJson() {
        WebClient admin = WebClient.demo("admin");
        String email = "untyped-" + UUID.randomUUID() + "@evil.example";
        Response untyped = admin.request().header("X-CSRF-Token", admin.csrfToken()).body(newAccountBody(email).getBytes())
                .post("/api/admin/users");
        assertThat(untyped.statusCode()).isEqualTo(415);
        assertThat(untyped.contentType()).startsWith("application/problem+json");
        given().auth().preemptive().basic(ADMIN, WebClient.DEMO_PASSWORD).body(newAccountBody(email).getBytes())
                .post("/api/admin/users").then().statusCode(415);
        assertThat(accounts(email)).isZero();
    }

    @Test
    void textBodiesThatAFormCouldSendNeedTheTokenToo() {
        WebClient admin = WebClient.demo("admin");
        String id = "planted-" + UUID.randomUUID().toString().substring(0, 8);
        String gift = "// [id:" + id + "]\n::p::Planted? {T}\n";
        admin.request().contentType("text/plain").body(gift).post("/api/admin/questions/import/gift?dryRun=false")
                .then().statusCode(403);
        admin.request().contentType("text/markdown").body("# x\n\n## y\n").post("/api/admin/articles/magnesium-bisglycinate/preview")
                .then().statusCode(403);
        given().auth().preemptive().basic(ADMIN, WebClient.DEMO_PASSWORD).get("/api/admin/questions/" + id).then().statusCode(404);
    }

    @Test
    void aFormPostWithNoBodyIsRefusedAndNeverCrashes() {
        WebClient admin = WebClient.demo("admin");
        WebClient learner = WebClient.demo("learner");
        long learner2 = WebClient.demo("learner2").get("/api/me").jsonPath().getLong("id");
        assertThat(admin.request().post("/admin/users/" + learner2 + "/enabled").statusCode()).isEqualTo(403);
        for (String path : List.of("/admin/users", "/admin/users/" + learner2 + "/role", "/instructor/cohorts",
                "/instructor/learners/" + learner2 + "/accommodation", "/admin/articles/magnesium-bisglycinate/preview",
                "/admin/questions/import", "/admin/questions/gaba-role/retire", "/admin/questions/gaba-role/delete",
                "/logout")) {
            assertThat(admin.request().post(path).statusCode()).as(path).isIn(403, 415);
            assertThat(admin.request().contentType("text/plain").body("x").post(path).statusCode()).as(path).isIn(403, 415);
        }
        for (String path : List.of("/me/cohorts", "/quizzes/check-the-paradox/attempts", "/quizzes/check-the-paradox/practice")) {
            assertThat(learner.request().post(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(WebClient.demo("learner2").hasSession()).as("still enabled").isTrue();
        admin.get("/api/me").then().statusCode(200);
    }

    @Test
    void aRefusedFormGetsAStyledPageThatSaysWhatToDoNeverABlankOne() {
        WebClient learner = WebClient.demo("learner");
        Response stale = learner.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "not-the-token").formParam("code", "ABCD").post("/me/cohorts");
        Response missing = WebClient.anonymous().request().contentType("application/x-www-form-urlencoded")
                .formParam("email", "someone@example.org").formParam("password", "whatever it is").post("/login");
        for (Response refused : List.of(stale, missing)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("text/html");
            Document page = Jsoup.parse(refused.asString());
            assertThat(page.select("h1").text()).isEqualTo("Not carried out");
            assertThat(page.select("main .lede").text()).contains("Reload the page and send it again.");
            assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/site.css");
        }
    }

    @Test
    void aCookiePlantedByAnotherPageCannotChooseTheToken() {
        WebClient admin = WebClient.demo("admin");
        String planted = Tokens.newToken();
        String email = "tossed-" + UUID.randomUUID() + "@evil.example";
        Response tossed = admin.request().cookie(WebClient.CSRF_COOKIE, planted).contentType("application/x-www-form-urlencoded")
                .formParam("displayName", "T").formParam("email", email).formParam("password", "tossed-password-123")
                .formParam("role", "admin").formParam("csrf-token", CsrfTokens.of(planted)).post("/admin/users");
        assertThat(tossed.statusCode()).isEqualTo(403);
        assertThat(accounts(email)).isZero();
    }

    @Test
    void aRequestFromAnotherOriginIsRefusedEvenWithTheTokenOrHttpBasic() {
        WebClient learner = WebClient.demo("learner");
        for (String origin : List.of("http://127.0.0.1:1", "http://localhost.evil.example", "null")) {
            learner.request().header("Origin", origin).header("X-CSRF-Token", learner.csrfToken())
                    .contentType("application/json").body("{\"code\":\"NOPE\"}").post("/api/me/cohorts").then().statusCode(403);
            given().auth().preemptive().basic("learner@cofactor.test", WebClient.DEMO_PASSWORD).header("Origin", origin)
                    .contentType("application/json").body("{\"code\":\"NOPE\"}").post("/api/me/cohorts").then().statusCode(403);
        }
        learner.request().header("Referer", "http://127.0.0.1:1/attack.html").header("X-CSRF-Token", learner.csrfToken())
                .contentType("application/json").body("{\"code\":\"NOPE\"}").post("/api/me/cohorts").then().statusCode(403);
        String here = RestAssured.baseURI + ":" + RestAssured.port;
        learner.request().header("Origin", here).header("X-CSRF-Token", learner.csrfToken())
                .contentType("application/json").body("{\"code\":\"NOPE\"}").post("/api/me/cohorts").then().statusCode(400);
        learner.request().header("Origin", "http://localhost:8080").header("X-CSRF-Token", learner.csrfToken())
                .contentType("application/json").body("{\"code\":\"NOPE\"}").post("/api/me/cohorts")
                .then().statusCode(400); // COFACTOR_PUBLIC_URL's origin, for a proxy that passes on another Host
        given().auth().preemptive().basic("learner@cofactor.test", WebClient.DEMO_PASSWORD)
                .contentType("application/json").body("{\"code\":\"NOPE\"}").post("/api/me/cohorts")
                .then().statusCode(400); // HTTP Basic needs no token
    }

    @Test
    void signingOutCannotBeForged() {
        WebClient learner = WebClient.demo("learner");
        assertThat(learner.postFormWithoutToken("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(learner.request().get("/logout").statusCode()).isIn(404, 405);
        assertThat(learner.request().header("Origin", "http://localhost:1").formParam("csrf-token", learner.csrfToken())
                .post("/logout").statusCode()).isEqualTo(403);
        learner.get("/api/me").then().statusCode(200);
    }
}
