package dev.cofactor.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.cofactor.web.testing.Smtp;
import dev.cofactor.web.testing.Throttles;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = Smtp.class, scope = TestResourceScope.GLOBAL)
class SignInTest {

    @Inject
    EntityManager entityManager;

    @Inject
    AccountService accounts;

    @AfterEach
    void forgetFailedSignIns() {
        Throttles.forget();
    }

    private static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@example.org";
    }

    private static Map<String, String> signUpForm(String email, String password) {
        return Map.of("displayName", "Pat Person", "email", email, "password", password);
    }

    @Test
    void aLearnerSignsUpThenSignsIn() {
        String email = uniqueEmail();
        Response signedUp = WebClient.anonymous().postForm("/signup", signUpForm(email, "long enough password"));
        assertThat(signedUp.statusCode()).isEqualTo(303);
        assertThat(signedUp.getHeader("Location")).endsWith("/login?notice=signedUp");

        WebClient learner = WebClient.signedIn(email.toUpperCase(), "long enough password");
        learner.get("/api/me").then().statusCode(200)
                .body("email", equalTo(email))
                .body("displayName", equalTo("Pat Person"))
                .body("role", equalTo("learner"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Response signIn = WebClient.anonymous().signIn("learner@cofactor.test", WebClient.DEMO_PASSWORD);
        Cookie session = signIn.getDetailedCookie(WebClient.SESSION_COOKIE);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");
        assertThat(session.isSecured()).as("Secure only over HTTPS; tests use plain HTTP").isFalse();
    }

    @Test
    void aRejectedSignUpShowsEachMessageNextToItsFieldAndStoresNothing() {
        String email = "not-an-email";
        Response response = WebClient.anonymous().postForm("/signup",
                Map.of("displayName", "", "email", email, "password", "short"));
        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#displayName-error").text()).contains("Enter the name other people will see.");
        assertThat(page.select("#email-error").text()).contains("Enter an email address like name@example.org.");
        assertThat(page.select("#password-error").text()).contains("at least 12 characters");
        assertThat(page.select("#email").attr("value")).isEqualTo(email);
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#password").attr("value")).isEmpty();
        assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#displayName", "#email", "#password");
        assertThat(countAccounts(email)).isZero();
    }

    @Test
    void signingUpWithATakenEmailLooksTheSameAndChangesNothing() {
        Response again = WebClient.anonymous().postForm("/signup",
                signUpForm("learner@cofactor.test", "an attacker's password"));
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.getHeader("Location")).endsWith("/login?notice=signedUp");
        assertThat(WebClient.anonymous().signIn("learner@cofactor.test", "an attacker's password").statusCode())
                .isEqualTo(401);
        assertThat(WebClient.demo("learner").hasSession()).isTrue();
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Response wrongPassword = WebClient.anonymous().signIn("learner@cofactor.test", "not the password at all");
        Response unknownEmail = WebClient.anonymous().signIn(uniqueEmail(), "not the password at all");
        for (Response response : List.of(wrongPassword, unknownEmail)) {
            assertThat(response.statusCode()).isEqualTo(401);
            Document form = Jsoup.parse(response.asString());
            assertThat(form.select(".error-summary h2").text()).isEqualTo("Email or password is wrong");
            assertThat(form.select("#email").val()).as("the email stays as typed").isNotEmpty();
            assertThat(form.select("#password").val()).as("never the password").isEmpty();
            assertThat(response.getCookie(WebClient.SESSION_COOKIE)).as("no session granted").isNullOrEmpty();
        }
        assertThat(Jsoup.parse(wrongPassword.asString()).select("#email").val()).isEqualTo("learner@cofactor.test");
        String page = given().get("/login?error=true").asString(); // where a page's failed HTTP Basic sign-in goes
        assertThat(Jsoup.parse(page).select(".error-summary h2").text()).isEqualTo("Email or password is wrong");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        String email = uniqueEmail();
        Response response = WebClient.anonymous().postFormWithoutToken("/signup", signUpForm(email, "long enough password"));
        assertThat(response.statusCode()).isBetween(400, 403);
        assertThat(countAccounts(email)).isZero();

        WebClient admin = WebClient.demo("admin");
        long learnerId = WebClient.demo("learner2").get("/api/me").jsonPath().getLong("id");
        assertThat(admin.postFormWithoutToken("/admin/users/" + learnerId + "/enabled", Map.of("enabled", "false"))
                .statusCode()).isBetween(400, 403);
        assertThat(WebClient.demo("learner2").hasSession()).isTrue();
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        WebClient browser = WebClient.anonymous();
        Response response = browser.request().header("Origin", "https://evil.example")
                .formParam("email", "learner@cofactor.test").formParam("password", WebClient.DEMO_PASSWORD)
                .formParam("csrf-token", browser.csrfToken()).post("/login");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.getCookie(WebClient.SESSION_COOKIE)).as("no session granted").isNullOrEmpty();
    }

    @Test
    void aDisabledAccountCannotSignInNorUseAnOldSession() {
        String email = uniqueEmail();
        WebClient.anonymous().postForm("/signup", signUpForm(email, "long enough password"));
        WebClient learner = WebClient.signedIn(email, "long enough password");
        long id = learner.get("/api/me").jsonPath().getLong("id");

        Response disabled = WebClient.demo("admin").postForm("/admin/users/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(disabled.getHeader("Location")).endsWith("/admin/users?done=disabled");

        Response page = learner.get("/account");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.getHeader("Location")).endsWith("/login?notice=ended&next=%2Faccount");
        assertThat(learner.hasSession()).as("the ended session's cookie is removed").isFalse();
        learner.get("/api/me").then().statusCode(401);
        assertThat(WebClient.anonymous().signIn(email, "long enough password").statusCode()).isEqualTo(401);
        given().auth().preemptive().basic(email, "long enough password").get("/api/me").then().statusCode(401);

        WebClient.demo("admin").postForm("/admin/users/" + id + "/enabled", Map.of("enabled", "true"));
        assertThat(WebClient.signedIn(email, "long enough password").hasSession()).isTrue();
    }

    @Test
    void repeatedFailuresPauseSignInForThatEmailEvenWithTheRightPassword() {
        String email = uniqueEmail();
        WebClient.anonymous().postForm("/signup", signUpForm(email, "long enough password"));
        for (int i = 0; i < 5; i++) {
            WebClient.anonymous().signIn(email, "wrong password number " + i);
        }
        Response paused = WebClient.anonymous().signIn(email, "long enough password");
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(paused.asString()).select(".error-summary h2").text()).isEqualTo("Signing in is paused for a while");
        assertThat(paused.getCookie(WebClient.SESSION_COOKIE)).as("no session granted").isNullOrEmpty();
        assertThat(WebClient.demo("learner").hasSession()).as("other accounts are unaffected").isTrue();
    }

    @Test
    void repeatedFailuresFromOneAddressPauseEverySignInFromIt() {
        String owner = uniqueEmail();
        WebClient.anonymous().postForm("/signup", signUpForm(owner, "long enough password"));
        for (int i = 0; i < 30; i++) {
            WebClient.anonymous().signIn(uniqueEmail(), "guessing");
        }
        Response paused = WebClient.anonymous().signIn(owner, "long enough password");
        assertThat(paused.statusCode()).isEqualTo(429);
        given().auth().preemptive().basic(owner, "long enough password").get("/api/me").then().statusCode(401);
        assertThat(WebClient.demo("learner").hasSession())
                .as("a password this instance verified a moment ago is no guess: it still signs in").isTrue();
    }

    @Test
    void theApiAcceptsHttpBasic() {
        given().auth().preemptive().basic("instructor@cofactor.test", WebClient.DEMO_PASSWORD)
                .get("/api/me").then().statusCode(200).body("role", equalTo("instructor"));
        given().auth().preemptive().basic("instructor@cofactor.test", "wrong password!")
                .get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anAdminCreatesAccountsOverTheApi() {
        String email = uniqueEmail();
        Map<String, String> body = Map.of("displayName", "Ines Instructor", "email", email,
                "password", "a long instructor password", "role", "instructor");
        given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD)
                .contentType("application/json").body(body)
                .post("/api/admin/users").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/admin/users/"))
                .body("role", equalTo("instructor"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("passwordHash")));
        given().auth().preemptive().basic(email, "a long instructor password")
                .get("/api/me").then().statusCode(200).body("role", equalTo("instructor"));

        given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD)
                .contentType("application/json").body(body)
                .post("/api/admin/users").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.email", equalTo("An account with this email already exists."));
        given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("email", "x@example.org", "role", "wizard"))
                .post("/api/admin/users").then().statusCode(400)
                .body("errors.keySet()", org.hamcrest.Matchers.hasItems("displayName", "password", "role"));
    }

    @Test
    void anAdminChangesARoleAndItTakesEffectAtOnce() {
        String email = uniqueEmail();
        WebClient.anonymous().postForm("/signup", signUpForm(email, "long enough password"));
        WebClient person = WebClient.signedIn(email, "long enough password");
        long id = person.get("/api/me").jsonPath().getLong("id");
        person.get("/admin/users").then().statusCode(403);

        WebClient.demo("admin").postForm("/admin/users/" + id + "/role", Map.of("role", "admin"));

        person.get("/admin/users").then().statusCode(200);
        person.get("/api/me").then().body("role", equalTo("admin"));
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        WebClient admin = WebClient.demo("admin");
        long id = admin.get("/api/me").jsonPath().getLong("id");
        Response response = admin.postForm("/admin/users/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.asString()).select("#account").text())
                .contains("You cannot disable your own account");
        admin.get("/api/me").then().statusCode(200);
    }

    @Test
    void signingOutEndsTheSession() {
        WebClient learner = WebClient.demo("learner");
        Response out = learner.postForm("/logout", Map.of());
        assertThat(out.getHeader("Location")).endsWith("/login?notice=signedOut");
        assertThat(learner.hasSession()).isFalse();
        learner.get("/api/me").then().statusCode(401);
    }

    @Test
    void noPasswordIsStoredOrLoggedInClear() throws IOException {
        String password = "unique-secret-" + UUID.randomUUID();
        String email = uniqueEmail();
        WebClient.anonymous().postForm("/signup", signUpForm(email, password));
        WebClient.signedIn(email, password);
        WebClient.anonymous().signIn(email, password + "-wrong");

        String stored = (String) entityManager
                .createNativeQuery("select password_hash from account where email = ?1")
                .setParameter(1, email).getSingleResult();
        assertThat(stored).startsWith("$2").doesNotContain(password);
        Object rowsWithPassword = entityManager.createNativeQuery(
                "select count(*) from account a where cast(row_to_json(a) as text) like ?1")
                .setParameter(1, "%" + password + "%").getSingleResult();
        assertThat(((Number) rowsWithPassword).longValue()).isZero();
        String log = Files.readString(Path.of("target/quarkus-test.log"));
        assertThat(log).contains("Seed article").doesNotContain(password);
    }

    private long countAccounts(String email) {
        return accounts.listAccounts().stream().filter(a -> a.email().equals(email)).count();
    }
}
