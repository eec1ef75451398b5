package dev.cofactor.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A person edits their name and time zone, in the page and the API; times are then shown in that zone. */
@QuarkusTest
class AccountDetailsTest {

    private static final String PASSWORD = "a learner's long password";

    private static String newLearner() {
        String email = "details-" + UUID.randomUUID() + "@example.org";
        given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password").contentType("application/json")
                .body(Map.of("displayName", "Dana Details", "email", email, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
        return email;
    }

    @Test
    void theAccountPageChangesTheNameAndTheTimeZoneAndTheAuditLogSaysSo() {
        String email = newLearner();
        WebClient learner = WebClient.signedIn(email, PASSWORD);
        Document before = Jsoup.parse(learner.get("/account").asString());
        assertThat(before.select("#timeZone option[selected]").text()).isEqualTo("UTC");

        Response saved = learner.postForm("/account/details", Map.of("displayName", "  Dana Renamed ", "timeZone", "Asia/Kathmandu"));
        assertThat(saved.statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(learner.get("/account?done=details").asString());
        assertThat(after.select("p.notice").text()).isEqualTo("Your details are saved.");
        assertThat(after.select("#displayName").val()).isEqualTo("Dana Renamed");
        assertThat(after.select("#timeZone option[selected]").text()).isEqualTo("Asia/Kathmandu");
        assertThat(after.select(".site-header").text()).contains("Dana Renamed");

        String audit = given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password")
                .get("/admin/audit?action=account.details").asString();
        assertThat(audit).contains("account " + email, "name Dana Renamed, time zone Asia/Kathmandu");
    }

    @Test
    void aRefusedChangeSaysWhyAtEachFieldKeepsWhatWasTypedAndChangesNothing() {
        String email = newLearner();
        WebClient learner = WebClient.signedIn(email, PASSWORD);
        Response refused = learner.postForm("/account/details", Map.of("displayName", " ", "timeZone", "Mars/Olympus_Mons"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#displayName-error").text()).contains("Enter the name other people will see.");
        assertThat(page.select("#timeZone-error").text()).contains("Choose a time zone from the list");
        assertThat(page.select(".error-summary a[href=#timeZone]")).hasSize(1);

        Response me = given().auth().preemptive().basic(email, PASSWORD).get("/api/me");
        assertThat(me.jsonPath().getString("timeZone")).isEqualTo("UTC");
        assertThat(me.jsonPath().getString("displayName")).isEqualTo("Dana Details");
    }

    @Test
    void theApiChangesDetailsAndRefusesAnUnknownZoneAsAProblem() {
        String email = newLearner();
        given().auth().preemptive().basic(email, PASSWORD).contentType("application/json")
                .body(Map.of("displayName", "Dana Api", "timeZone", "Europe/Paris")).put("/api/me/details")
                .then().statusCode(200).contentType("application/json");
        Response me = given().auth().preemptive().basic(email, PASSWORD).get("/api/me");
        assertThat(me.jsonPath().getString("timeZone")).isEqualTo("Europe/Paris");
        assertThat(me.jsonPath().getString("displayName")).isEqualTo("Dana Api");

        Response refused = given().auth().preemptive().basic(email, PASSWORD).contentType("application/json")
                .body(Map.of("displayName", "Dana Api", "timeZone", "+02:00")).put("/api/me/details");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("errors.timeZone")).contains("Choose a time zone");
    }

    @Test
    void aDeadlineIsShownInTheLearnersTimeZoneWithTheTimeLeftWithoutJavaScript() {
        String email = newLearner();
        given().auth().preemptive().basic(email, PASSWORD).contentType("application/json")
                .body(Map.of("displayName", "Dana Zone", "timeZone", "Asia/Kathmandu")).put("/api/me/details")
                .then().statusCode(200);
        long quiz = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == 'final-magnesium-bisglycinate' }.id");
        Response started = given().auth().preemptive().basic(email, PASSWORD).post("/api/quizzes/" + quiz + "/attempts");
        Instant deadline = Instant.parse(started.jsonPath().getString("deadline"));

        WebClient learner = WebClient.signedIn(email, PASSWORD);
        String expected = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH)
                .withZone(ZoneId.of("Asia/Kathmandu")).format(deadline);
        Document question = Jsoup.parse(learner.get("/attempts/" + started.jsonPath().getLong("id") + "/questions/1").asString());
        assertThat(question.select(".deadline time").text()).isEqualTo(expected);
        assertThat(question.select("[data-left-at-load]").text()).matches("\\((29|30) minutes left when this page loaded\\)");
        Document intro = Jsoup.parse(learner.get("/quizzes/final-magnesium-bisglycinate").asString());
        assertThat(intro.select(".attempt-list").text()).contains("in progress", "minutes left", expected);
    }
}
