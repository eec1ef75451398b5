package dev.cofactor.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.Smtp;
import dev.cofactor.web.testing.Throttles;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sessions that end when they should, passwords that can be changed and reset, and sign-in that cannot be raced. */
@QuarkusTest
class SessionsAndPasswordsTest {

    private static final String PASSWORD = "a learner's long password";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    @AfterEach
    void forgetThrottles() {
        Throttles.forget();
    }

    private static String newLearner() {
        String email = "sessions-" + UUID.randomUUID() + "@example.org";
        Response signedUp = WebClient.anonymous().postForm("/signup",
                Map.of("displayName", "Sam Session", "email", email, "password", PASSWORD));
        assertThat(signedUp.statusCode()).isEqualTo(303);
        return email;
    }

    @Test
    void signingOutEndsTheSessionOnTheServerNotOnlyInTheBrowser() {
        WebClient learner = WebClient.signedIn(newLearner(), PASSWORD);
        String copied = learner.cookie(WebClient.SESSION_COOKIE);
        given().cookie(WebClient.SESSION_COOKIE, copied).get("/api/me").then().statusCode(200);

        assertThat(learner.postForm("/logout", Map.of()).getHeader("Location")).endsWith("/login?notice=signedOut");

        given().cookie(WebClient.SESSION_COOKIE, copied).get("/api/me").then().statusCode(401);
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusyAndAfterTwoIdleHours() {
        String email = newLearner();
        WebClient busy = WebClient.signedIn(email, PASSWORD);
        WebClient idle = WebClient.signedIn(email, PASSWORD);
        WebClient recent = WebClient.signedIn(email, PASSWORD);
        age(busy, "created_at = now() - interval '12 hours 1 minute', last_seen_at = now()");
        age(idle, "last_seen_at = now() - interval '2 hours 1 minute'");
        age(recent, "created_at = now() - interval '11 hours', last_seen_at = now() - interval '1 hour 50 minutes'");

        busy.get("/api/me").then().statusCode(401);
        Response page = idle.get("/me/progress");
        assertThat(page.getHeader("Location")).endsWith("/login?notice=ended&next=%2Fme%2Fprogress");
        recent.get("/api/me").then().statusCode(200);
        assertThat(sessionCount(email)).as("ended sessions are removed").isEqualTo(1);
        Object lastSeen = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select now() - last_seen_at < interval '1 minute' from account_session s join account a on a.id = s.account_id"
                        + " where a.email = ?1").setParameter(1, email).getSingleResult());
        assertThat(lastSeen).as("a request moves the idle timeout").isEqualTo(true);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEveryOtherSession() {
        String email = newLearner();
        WebClient here = WebClient.signedIn(email, PASSWORD);
        WebClient elsewhere = WebClient.signedIn(email, PASSWORD);

        Response wrong = here.postForm("/account/password", Map.of("currentPassword", "not my password at all",
                "newPassword", "a brand new passphrase"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.asString()).select("#currentPassword-error").text())
                .contains("This is not your current password.");
        Response weak = here.postForm("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "password1234"));
        assertThat(Jsoup.parse(weak.asString()).select("#newPassword-error").text()).contains("too common");
        elsewhere.get("/api/me").then().statusCode(200);

        Response changed = here.postForm("/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "a brand new passphrase"));
        assertThat(changed.getHeader("Location")).endsWith("/account?done=password");
        here.get("/api/me").then().statusCode(200);
        elsewhere.get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(email, PASSWORD).get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(email, "a brand new passphrase").get("/api/me").then().statusCode(200);

        given().auth().preemptive().basic(email, "a brand new passphrase").contentType("application/json")
                .body(Map.of("currentPassword", "a brand new passphrase", "newPassword", "yet another passphrase"))
                .put("/api/me/password").then().statusCode(204);
        here.get("/api/me").then().statusCode(401); // HTTP Basic keeps no session: every session ended
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccountAtOnce() {
        String email = newLearner();
        WebClient phone = WebClient.signedIn(email, PASSWORD);
        WebClient laptop = WebClient.signedIn(email, PASSWORD);
        assertThat(laptop.postForm("/account/sessions/end", Map.of()).getHeader("Location"))
                .endsWith("/login?notice=signedOutEverywhere");
        phone.get("/api/me").then().statusCode(401);
        laptop.get("/api/me").then().statusCode(401);

        WebClient again = WebClient.signedIn(email, PASSWORD);
        long id = again.get("/api/me").jsonPath().getLong("id");
        assertThat(WebClient.demo("admin").postForm("/admin/users/" + id + "/sessions/end", Map.of()).getHeader("Location"))
                .endsWith("/admin/users?done=signedOut");
        again.get("/api/me").then().statusCode(401);
        WebClient third = WebClient.signedIn(email, PASSWORD);
        given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD)
                .delete("/api/admin/users/" + id + "/sessions").then().statusCode(200).body("ended", org.hamcrest.Matchers.equalTo(1));
        third.get("/api/me").then().statusCode(401);
        assertThat(WebClient.demo("admin").get("/api/admin/audit?action=account.signed-out").jsonPath()
                .getList("subject")).contains("account " + email);
    }

    @Test
    void aForgottenPasswordIsResetByASingleUseLinkSentByEmail() throws Exception {
        String email = newLearner();
        WebClient other = WebClient.signedIn(email, PASSWORD);
        Response asked = WebClient.anonymous().postForm("/password/forgot", Map.of("email", email.toUpperCase()));
        assertThat(asked.getHeader("Location")).endsWith("/password/forgot?sent=true");

        List<MimeMessage> mail = Smtp.messagesTo(email, 1);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("Reset your Cofactor password");
        String link = link(mail.get(0));
        assertThat(link).startsWith("http://localhost:8080/password/reset?token=");
        String path = link.substring("http://localhost:8080".length());
        String token = path.substring(path.indexOf('=') + 1);
        assertThat(count("select count(*) from password_reset where token_hash = sha256(convert_to('" + token + "', 'UTF8'))"))
                .as("the token's SHA-256 is stored").isEqualTo(1);
        assertThat(count("select count(*) from password_reset p where cast(row_to_json(p) as text) like '%" + token + "%'"))
                .as("the token itself is not").isZero();

        Document form = Jsoup.parse(WebClient.anonymous().get(path).asString());
        assertThat(form.select("input[name=token]").attr("value")).isEqualTo(token);
        WebClient resetter = WebClient.anonymous();
        Response weak = resetter.postForm("/password/reset", Map.of("token", token, "password", email));
        assertThat(Jsoup.parse(weak.asString()).select("#password-error").text()).contains("cannot contain your email");
        Response done = resetter.postForm("/password/reset", Map.of("token", token, "password", "a freshly reset passphrase"));
        assertThat(done.getHeader("Location")).endsWith("/login?notice=reset");

        other.get("/api/me").then().statusCode(401);
        WebClient.signedIn(email, "a freshly reset passphrase");
        Response again = WebClient.anonymous().postForm("/password/reset", Map.of("token", token, "password", "another new passphrase"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.asString()).contains("This link no longer works");
        given().auth().preemptive().basic(email, "another new passphrase").get("/api/me").then().statusCode(401);
    }

    @Test
    void theResetAnswerIsTheSameForAnUnknownEmailAndNothingIsSent() {
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        Response asked = WebClient.anonymous().postForm("/password/forgot", Map.of("email", unknown));
        Response known = WebClient.anonymous().postForm("/password/forgot", Map.of("email", newLearner()));
        assertThat(asked.statusCode()).isEqualTo(known.statusCode()).isEqualTo(303);
        assertThat(asked.getHeader("Location")).isEqualTo(known.getHeader("Location"));
        assertThat(Smtp.messagesTo(unknown, 0)).isEmpty();
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutes() throws Exception {
        String email = newLearner();
        WebClient.anonymous().postForm("/password/forgot", Map.of("email", email));
        String link = link(Smtp.messagesTo(email, 1).get(0));
        String token = link.substring(link.indexOf('=') + 1);
        sql("update password_reset set created_at = now() - interval '31 minutes', expires_at = now() - interval '1 minute'"
                + " where account_id = (select id from account where email = '" + email + "')");
        assertThat(WebClient.anonymous().get("/password/reset?token=" + token).asString()).contains("This link no longer works");
        Response late = WebClient.anonymous().postForm("/password/reset", Map.of("token", token, "password", "a late passphrase"));
        assertThat(late.statusCode()).isEqualTo(400);
        WebClient.signedIn(email, PASSWORD);
    }

    @Test
    void aResetLiftsThePauseThatWrongPasswordsPutOnAnEmail() throws Exception {
        String email = newLearner();
        for (int i = 0; i < 5; i++) {
            WebClient.anonymous().signIn(email, "someone guessing " + i);
        }
        Response paused = WebClient.anonymous().signIn(email, PASSWORD);
        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.asString()).contains("reset your password");

        WebClient.anonymous().postForm("/password/forgot", Map.of("email", email));
        String link = link(Smtp.messagesTo(email, 1).get(0));
        WebClient.anonymous().postForm("/password/reset", Map.of("token", link.substring(link.indexOf('=') + 1),
                "password", "the owner's new passphrase"));

        assertThat(WebClient.signedIn(email, "the owner's new passphrase").hasSession()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'            '              | A password cannot be only spaces.",
        "password1234                | This password is too common",
        "aaaaaaaaaaaa                | This password is too common",
        "123456789012                | This password is too common",
        "qwertyuiopas                | This password is too common",
        "short pass                  | Use at least 12 characters",
        "{email}                     | cannot contain your email address or its name",
        "my {name} secret phrase     | cannot contain your email address or its name"})
    void weakPasswordsAreRefusedWithTheReasonNextToTheField(String password, String reason) {
        String name = "pat" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@example.org";
        String typed = password.replace("{email}", email).replace("{name}", name);
        Response refused = WebClient.anonymous().postForm("/signup",
                Map.of("displayName", "Pat", "email", email, "password", typed));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#password-error").text()).contains(reason);
        assertThat(accounts(email)).isZero();
        given().auth().preemptive().basic("admin@cofactor.test", WebClient.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("displayName", "Pat", "email", email, "password", typed, "role", "learner"))
                .post("/api/admin/users").then().statusCode(400)
                .body("errors.password", org.hamcrest.Matchers.containsString(reason));
    }

    @Test
    void concurrentGuessesForOneEmailGetFiveTriesNotMore() {
        String email = newLearner();
        List<CompletableFuture<Integer>> guesses = new ArrayList<>();
        IntStream.range(0, 25).forEach(i -> guesses.add(CompletableFuture.supplyAsync(() ->
                WebClient.anonymous().signIn(email, "concurrent guess " + i).statusCode())));
        List<Integer> outcomes = guesses.stream().map(CompletableFuture::join).toList();
        assertThat(outcomes.stream().filter(outcome -> outcome == 401)).as("wrong").hasSize(5);
        assertThat(outcomes.stream().filter(outcome -> outcome == 429)).as("paused").hasSize(20);
    }

    @Test
    void xForwardedForIsNotBelievedWithoutProxyForwarding() {
        String owner = newLearner();
        Throttles.forget();
        for (int i = 0; i < 30; i++) {
            WebClient client = WebClient.anonymous();
            String token = client.csrfToken();
            assertThat(client.request().header("X-Forwarded-For", "198.51.100." + i).formParam("email", "guess-" + i + "@example.org")
                    .formParam("password", "wrong").formParam("csrf-token", token).post("/login").statusCode())
                    .isEqualTo(401);
        }
        assertThat(WebClient.anonymous().signIn(owner, PASSWORD).statusCode())
                .as("the 30 failures counted against the real address").isEqualTo(429);
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyLaxAndUnprefixedAndForwardedHttpsFromAnyoneIsIgnored() {
        WebClient browser = WebClient.anonymous();
        String token = browser.csrfToken();
        Response signedIn = browser.request().header("X-Forwarded-Proto", "https")
                .formParam("email", "learner@cofactor.test").formParam("password", WebClient.DEMO_PASSWORD)
                .formParam("csrf-token", token).post("/login");
        String cookie = signedIn.getHeader("Set-Cookie");
        assertThat(cookie).startsWith("cofactor-session=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(signedIn.getHeader("Strict-Transport-Security")).isNull();
        String csrf = WebClient.anonymous().get("/login").getHeader("Set-Cookie");
        assertThat(csrf).startsWith("cofactor-csrf=").contains("HttpOnly", "SameSite=Lax");
    }

    private static String link(MimeMessage message) throws Exception {
        Matcher link = Pattern.compile("https?://\\S+").matcher(message.getContent().toString());
        assertThat(link.find()).isTrue();
        return link.group();
    }

    private void age(WebClient client, String assignments) {
        byte[] hash = Tokens.sha256(client.cookie(WebClient.SESSION_COOKIE));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update account_session set " + assignments + " where token_hash = ?1").setParameter(1, hash).executeUpdate());
    }

    private long sessionCount(String email) {
        return count("select count(*) from account_session s join account a on a.id = s.account_id where a.email = '" + email + "'");
    }

    private long accounts(String email) {
        return count("select count(*) from account where email = '" + email + "'");
    }

    private long count(String query) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(query).getSingleResult()).longValue());
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
