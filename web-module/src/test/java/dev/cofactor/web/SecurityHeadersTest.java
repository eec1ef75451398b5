package dev.cofactor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every response carries the security headers; nothing but the static files may be stored by a browser or proxy. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void pagesApiCsvErrorsAndRedirectsCarryTheHeadersAndAreNeverStored() {
        WebClient admin = WebClient.demo("admin");
        WebClient anonymous = WebClient.anonymous();
        long quizId = anonymous.get("/api/quizzes").jsonPath().getLong("find { it.slug == 'check-the-paradox' }.id");
        List<Response> responses = List.of(anonymous.get("/"), anonymous.get("/articles/magnesium-bisglycinate"),
                anonymous.get("/no-such-page"), anonymous.get("/account"), anonymous.get("/api/me"),
                admin.get("/admin/users"), admin.get("/api/admin/users"), admin.get("/instructor/gradebook"),
                admin.get("/api/quizzes/" + quizId + "/grades.csv"), anonymous.get("/quizzes/%00"),
                anonymous.get("/q/health"));
        for (Response response : responses) {
            assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
            assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self';", "style-src 'self';",
                "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void staticFilesAreRevalidatedSoThatANewVersionIsNeverServedStale() {
        for (String path : List.of("/css/site.css", "/js/quiz.js")) {
            Response file = WebClient.anonymous().get(path);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.getHeader("Cache-Control")).isEqualTo("no-cache");
            assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(file.getHeader("Last-Modified")).isNotNull();
        }
    }

    @Test
    void noPageHasAnInlineScriptOrStyle() {
        WebClient learner = WebClient.demo("learner");
        for (String path : List.of("/", "/articles/magnesium-bisglycinate/genetic-factors", "/quizzes/check-the-paradox",
                "/me/progress", "/account", "/login", "/signup")) {
            String page = learner.get(path).asString();
            assertThat(page).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=\"", "<style",
                    " onclick=", " onload=");
        }
    }
}
