package dev.cofactor.web.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * A person using the app over HTTP, as a browser would: anonymous, or signed in through the real
 * sign-in form with its session cookie. Form posts carry the CSRF token from a page, like a form would.
 */
public final class WebClient {

    public static final String DEMO_PASSWORD = "cofactor-demo-password";
    public static final String SESSION_COOKIE = "cofactor-session";

    private final Map<String, String> cookies = new HashMap<>();

    private WebClient() {
    }

    public static WebClient anonymous() {
        return new WebClient();
    }

    /** Signs in through {@code /j_security_check}; fails the test if that does not work. */
    public static WebClient signedIn(String email, String password) {
        WebClient client = new WebClient();
        Response response = client.signIn(email, password);
        if (!response.getCookies().containsKey(SESSION_COOKIE)) {
            throw new AssertionError("Sign-in as " + email + " failed: " + response.statusLine() + " "
                    + response.getHeader("Location"));
        }
        return client;
    }

    public static WebClient demo(String who) {
        return signedIn(who + "@cofactor.test", DEMO_PASSWORD);
    }

    public Response signIn(String email, String password) {
        return keep(request().contentType(ContentType.URLENC)
                .formParam("j_username", email).formParam("j_password", password)
                .post("/j_security_check"));
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** Posts a form with the CSRF token a page of the app gave this client. */
    public Response postForm(String path, Map<String, ?> fields) {
        String token = csrfToken();
        return keep(request().contentType(ContentType.URLENC).formParams(fields).formParam("csrf-token", token)
                .post(path));
    }

    /**
     * Posts a multipart form, as a form with a file input does, with the CSRF token; {@code fileName}
     * null sends the file input empty, as a browser does when no file was chosen.
     */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String token = csrfToken(); // first: it may set the CSRF cookie the request must carry
        RequestSpecification request = request().multiPart("csrf-token", token);
        fields.forEach(request::multiPart);
        request.multiPart(fileField, fileName == null ? "" : fileName, content == null ? new byte[0] : content,
                "text/markdown");
        return keep(request.post(path));
    }

    /** Posts a form exactly as given: no CSRF token unless the fields hold one. */
    public Response postFormWithoutToken(String path, Map<String, ?> fields) {
        csrfToken(); // the cookie half of the pair is present, as it would be in a browser
        return keep(request().contentType(ContentType.URLENC).formParams(fields).post(path));
    }

    public Response postJson(String path, Object body) {
        return sendJson("POST", path, body);
    }

    public Response sendJson(String method, String path, Object body) {
        return keep(request().contentType(ContentType.JSON).body(body).request(method, path));
    }

    public Response sendText(String method, String path, String contentType, String body) {
        return keep(request().contentType(contentType).body(body).request(method, path));
    }

    public Response send(String method, String path) {
        return keep(request().request(method, path));
    }

    public boolean hasSession() {
        return cookies.containsKey(SESSION_COOKIE);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    private String csrfToken() {
        String page = get("/signup").asString();
        return Jsoup.parse(page).select("input[name=csrf-token]").attr("value");
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
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
