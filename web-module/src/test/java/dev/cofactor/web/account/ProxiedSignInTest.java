package dev.cofactor.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.Throttles;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The app behind a TLS-terminating proxy at 127.0.0.1 (this test, as far as the app can tell), with
 * forwarding on as the README says to set it: client addresses and HTTPS come from the proxy's
 * headers, read so that a client cannot forge them.
 */
@QuarkusTest
@TestProfile(ProxiedSignInTest.BehindAProxy.class)
class ProxiedSignInTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1",
                    "cofactor.sign-in.max-sign-ups-per-address", "3");
        }
    }

    @Inject
    EntityManager entityManager;

    @BeforeEach
    @AfterEach
    void forgetThrottles() {
        Throttles.forget();
    }

    /** A sign-in through the proxy: the client wrote {@code forged}, the proxy appended the address it saw. */
    private static Response signIn(String forged, String client, String email, String password) {
        WebClient browser = WebClient.anonymous();
        String token = browser.csrfToken(); // first: it gives the browser the cookie the token is made from
        return browser.request().header("X-Forwarded-For", forged + ", " + client)
                .formParam("email", email).formParam("password", password).formParam("csrf-token", token).post("/login");
    }

    @Test
    void theClientIsTheRightMostAddressTheProxyWroteAndForgedEntriesCountForNothing() {
        for (int i = 0; i < 30; i++) {
            signIn("10.0.0." + i, "203.0.113.8", "guess-" + i + "@example.org", "a wrong password");
        }
        String owner = "proxied-owner-" + UUID.randomUUID() + "@example.org";
        WebClient.anonymous().postForm("/signup", Map.of("displayName", "Owen", "email", owner, "password", "the owner's passphrase"));
        assertThat(signIn("10.9.9.9", "203.0.113.8", owner, "the owner's passphrase").statusCode())
                .as("the forged left-hand entries did not spread the guesses over 30 addresses").isEqualTo(429);
        assertThat(signIn("203.0.113.8", "203.0.113.99", "instructor@cofactor.test", WebClient.DEMO_PASSWORD)
                .getHeader("Location")).as("another client behind the same proxy signs in").doesNotContain("/login");
        long counted = ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count from throttle where key = 'sign-in:address:203.0.113.8'").getSingleResult())).longValue();
        assertThat(counted).as("30 failures; the paused try is not evaluated").isEqualTo(30);
    }

    @Test
    void signUpIsThrottledPerClientAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(signUp("203.0.113.20").statusCode()).isEqualTo(303);
        }
        Response refused = signUp("203.0.113.20");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotNull();
        assertThat(refused.asString()).contains("Many accounts were made from your network just now");
        assertThat(signUp("203.0.113.21").statusCode()).as("another address").isEqualTo(303);
    }

    @Test
    void overHttpsTheCookiesAreSecureAndHostPrefixedAndOnlyThoseAreRead() {
        WebClient browser = WebClient.anonymous();
        Response page = browser.request().header("X-Forwarded-Proto", "https").get("/login");
        assertThat(page.getHeader("Set-Cookie")).startsWith("__Host-cofactor-csrf=").contains("Secure", "Path=/", "HttpOnly");
        assertThat(page.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        String token = Jsoup.parse(page.asString()).select("input[name=csrf-token]").attr("value");
        String csrf = page.getDetailedCookie("__Host-cofactor-csrf").getValue();

        Response signedIn = given().redirects().follow(false)
                .header("X-Forwarded-Proto", "https").cookie("__Host-cofactor-csrf", csrf)
                .formParam("email", "learner@cofactor.test").formParam("password", WebClient.DEMO_PASSWORD)
                .formParam("csrf-token", token).post("/login");
        String session = signedIn.getDetailedCookie("__Host-cofactor-session").getValue();
        assertThat(signedIn.getHeader("Set-Cookie")).contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/");

        given().header("X-Forwarded-Proto", "https").cookie("__Host-cofactor-session", session)
                .get("/api/me").then().statusCode(200);
        given().header("X-Forwarded-Proto", "https").cookie("cofactor-session", session)
                .get("/api/me").then().statusCode(401); // over HTTPS an unprefixed cookie, which any page could plant, is not read
    }

    private static Response signUp(String client) {
        WebClient browser = WebClient.anonymous();
        String token = browser.csrfToken();
        return browser.request().header("X-Forwarded-For", client)
                .formParam("displayName", "Proxied Person").formParam("email", "proxied-" + UUID.randomUUID() + "@example.org")
                .formParam("password", "a proxied long password").formParam("csrf-token", token).post("/signup");
    }
}
