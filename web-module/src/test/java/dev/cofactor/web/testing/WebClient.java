package dev.cofactor.web.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * A person using the app over HTTP, as a browser would: anonymous, or signed in through the real
 * sign-in form with its session cookie. Every write carries the CSRF token a page of the app gave this
 * browser, as a form field or as the {@code X-CSRF-Token} header that the app's scripts send.
 */
public final class WebClient {

    public static final String DEMO_PASSWORD = "cofactor-demo-password";
    public static final String SESSION_COOKIE = "cofactor-session";
    public static final String CSRF_COOKIE = "cofactor-csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Map<String, String> cookies = new HashMap<>();
    private String token;
    private String tokenFor;

    private WebClient() {
    }

    public static WebClient anonymous() {
        return new WebClient();
    }

    /** Signs in through the sign-in form; fails the test if that does not work. */
    public static WebClient signedIn(String email, String password) {
        WebClient client = new WebClient();
        Response response = client.signIn(email, password);
        if (!client.hasSession()) {
            throw new AssertionError("Sign-in as " + email + " failed: " + response.statusLine() + " "
                    + response.getHeader("Location"));
        }
        return client;
    }

    public static WebClient demo(String who) {
        return signedIn(who + "@cofactor.test", DEMO_PASSWORD);
    }

    public Response signIn(String email, String password) {
        return postForm("/login", Map.of("email", email, "password", password));
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** Posts a form with the CSRF token a page of the app gave this client. */
    public Response postForm(String path, Map<String, ?> fields) {
        String csrf = csrfToken();
        return keep(request().contentType(ContentType.URLENC).formParams(fields).formParam("csrf-token", csrf)
                .post(path));
    }

    /**
     * Posts a multipart form, as a form with a file input does, with the CSRF token; {@code fileName}
     * null sends the file input empty, as a browser does when no file was chosen.
     */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        RequestSpecification request = request().multiPart("csrf-token", csrfToken());
        fields.forEach(request::multiPart);
        request.multiPart(fileField, fileName == null ? "" : fileName, content == null ? new byte[0] : content,
                "text/markdown");
        return keep(request.post(path));
    }

    /** Posts a form exactly as given: no CSRF token unless the fields hold one. */
    public Response postFormWithoutToken(String path, Map<String, ?> fields) {
        csrfToken(); // the cookie half is present, as it would be in a browser
        return keep(request().contentType(ContentType.URLENC).formParams(fields).post(path));
    }

    public Response postJson(String path, Object body) {
        return sendJson("POST", path, body);
    }

    public Response sendJson(String method, String path, Object body) {
        return keep(write(method).contentType(ContentType.JSON).body(body).request(method, path));
    }

    public Response sendText(String method, String path, String contentType, String body) {
        return keep(write(method).contentType(contentType).body(body).request(method, path));
    }

    public Response send(String method, String path) {
        return keep(write(method).request(method, path));
    }

    /** A request as this browser would send it, for tests that add their own headers or body. */
    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    public boolean hasSession() {
        return cookies.containsKey(SESSION_COOKIE);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The CSRF token the app's pages give this browser now (it follows the session). */
    public String csrfToken() {
        String session = cookies.get(SESSION_COOKIE);
        if (token == null || !String.valueOf(session).equals(tokenFor)) {
            String page = get(session == null ? "/login" : "/account").asString();
            token = Jsoup.parse(page).select("input[name=csrf-token]").attr("value");
            tokenFor = String.valueOf(cookies.get(SESSION_COOKIE));
        }
        return token;
    }

    private RequestSpecification write(String method) {
        return SAFE.contains(method) ? request() : request().header("X-CSRF-Token", csrfToken());
    }

    private Response keep(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }
}
