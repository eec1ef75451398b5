package dev.cofactor.web.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cofactor.web.account.CsrfTokens;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin signed in to Cofactor in Chromium opens an attacker's pages, served from another origin on
 * the same host (another port of localhost: same-site, so SameSite=Lax does not help) and from
 * 127.0.0.1 (another site). Each page tries one forged write the security review made work; none may
 * change anything, and the admin stays signed in.
 */
@QuarkusTest
class CrossSiteBrowserTest extends BrowserTest {

    private static final String ADMIN = "admin@cofactor.test";
    private final Map<String, String> pages = new LinkedHashMap<>();
    private HttpServer attacker;

    @BeforeEach
    void startTheAttackersSite() throws IOException {
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            byte[] page = pages.getOrDefault(exchange.getRequestURI().getPath(), "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page.length == 0 ? 404 : 200, page.length == 0 ? -1 : page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        attacker.start();
    }

    @AfterEach
    void stopTheAttackersSite() {
        attacker.stop(0);
    }

    @Test
    void noForgedWriteFromAnotherOriginChangesAnything() throws Exception {
        String app = root.toString().replaceAll("/$", "");
        long learner2 = given().auth().preemptive().basic("learner2@cofactor.test", WebClient.DEMO_PASSWORD).get("/api/me")
                .jsonPath().getLong("id");
        long quiz = given().get("/api/quizzes").jsonPath().getLong("find { it.slug == 'check-the-paradox' }.id");
        long attempt = given().auth().preemptive().basic(ADMIN, WebClient.DEMO_PASSWORD).contentType("application/json")
                .post("/api/quizzes/" + quiz + "/attempts").jsonPath().getLong("id");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String tossed = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        page("/create-admin", "<form method='post' action='" + app + "/admin/users'>"
                + hidden("displayName", "Planted") + hidden("email", "form-" + run + "@evil.example")
                + hidden("password", "planted-password-123") + hidden("role", "admin")
                + hidden("csrf-token", CsrfTokens.of(tossed)) + "</form>"
                + "<script>document.cookie='cofactor-csrf=" + tossed + "; path=/'; document.forms[0].submit();</script>");
        page("/fetch-admin", "<script>fetch('" + app + "/api/admin/users', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                + " body: new Blob(['{\"displayName\":\"P\",\"email\":\"fetch-" + run + "@evil.example\",\"password\":"
                + "\"planted-password-123\",\"role\":\"admin\"}'])});</script>");
        page("/import-gift", "<form method='post' enctype='text/plain' action='" + app
                + "/api/admin/questions/import/gift?dryRun=false'><input type='hidden' name='// [id:planted-" + run
                + "]&#10;::p::Planted? {T' value='}'></form><script>document.forms[0].submit();</script>");
        page("/disable", "<form method='post' action='" + app + "/admin/users/" + learner2 + "/enabled'></form>"
                + "<script>document.forms[0].submit();</script>");
        page("/submit", "<form method='post' action='" + app + "/attempts/" + attempt + "/submission'></form>"
                + "<script>document.forms[0].submit();</script>");
        page("/logout", "<form method='post' action='" + app + "/logout' enctype='text/plain'><input name='x' value='y'></form>"
                + "<script>document.forms[0].submit();</script>");

        signIn();
        int port = attacker.getAddress().getPort();
        for (String host : new String[] {"localhost", "127.0.0.1"}) { // same-site, then cross-site
            for (String path : pages.keySet()) {
                browser.driver().get("http://" + host + ":" + port + path);
                Thread.sleep(700); // let the page send its request and the app answer
            }
        }

        assertThat(accounts("form-" + run + "@evil.example")).isZero();
        assertThat(accounts("fetch-" + run + "@evil.example")).isZero();
        given().auth().preemptive().basic(ADMIN, WebClient.DEMO_PASSWORD).get("/api/admin/questions/planted-" + run)
                .then().statusCode(404);
        assertThat(WebClient.demo("learner2").hasSession()).as("learner2 is still enabled").isTrue();
        assertThat(given().auth().preemptive().basic(ADMIN, WebClient.DEMO_PASSWORD).get("/api/attempts/" + attempt)
                .jsonPath().getString("submittedAt")).isNull();
        browser.driver().get(app + "/account");
        assertThat(browser.path()).as("the admin is still signed in").isEqualTo("/account");
    }

    /** The CSP is what the browser enforces: an inline script on any page is refused, and the browser tests see it. */
    @Test
    void theBrowserRefusesAnInlineScriptAndTheBrowserTestsNotice() {
        browser.open("/");
        Object ran = browser.script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.appendChild(s); return window.injected === true;");
        assertThat(ran).isEqualTo(false);
        assertThatThrownBy(browser::checkAccessibility).hasMessageContaining("CSP refusals")
                .hasMessageContaining("Content Security Policy");
    }

    private void signIn() {
        browser.open("/login");
        browser.find(By.id("email")).sendKeys(ADMIN);
        browser.find(By.id("password")).sendKeys(WebClient.DEMO_PASSWORD);
        browser.find(By.cssSelector("form[action='/login'] button")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> !browser.path().equals("/login"));
    }

    private void page(String path, String body) {
        pages.put(path, "<!DOCTYPE html><html><head><title>Win a prize</title></head><body>" + body + "</body></html>");
    }

    private static String hidden(String name, String value) {
        return "<input type='hidden' name='" + name + "' value='" + value + "'>";
    }

    private static int accounts(String email) {
        return given().auth().preemptive().basic(ADMIN, WebClient.DEMO_PASSWORD).get("/api/admin/users").jsonPath()
                .getList("findAll { it.email == '" + email + "' }").size();
    }
}
