package dev.cofactor.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.Routes;
import dev.cofactor.web.testing.Routes.Route;
import dev.cofactor.web.testing.Throttles;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Malformed ids, parameters and bodies sent to every route the app declares (read from the compiled
 * resource and page classes, and checked against the OpenAPI document, which describes each API body's
 * fields so that each can be sent with the wrong type), as anonymous, a learner and an admin. Nothing
 * may answer 5xx, and every API error must be {@code application/problem+json}. Bounded in time; it
 * prints how many requests got each status.
 */
@QuarkusTest
class FuzzTest {

    private static final Duration BUDGET = Duration.ofMinutes(3);
    private static final List<String> IDS = List.of("%00", "-1", "0", "9223372036854775808", "abc", "..%2f..%2fetc",
            "%D9%A3", "1e1000", "x".repeat(1500), "%E2%80%AE", "%F0%9F%98%80");
    private static final List<String> VALUES = List.of("%00", "-1", "9223372036854775808", "abc", "", "1e1000",
            "x".repeat(1500), "true", "%FF");
    /** Each caller's Authorization header (none for anonymous). */
    private static final Map<String, String> CALLERS = Map.of("anonymous", "",
            "learner", basic("learner@cofactor.test"), "admin", basic("admin@cofactor.test"));
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Bodies a client might send by mistake or on purpose: content type, then body. */
    private static final List<String[]> BODIES = List.of(
            new String[] {null, null},
            new String[] {"application/json", "{"},
            new String[] {"application/json", "[]"},
            new String[] {"application/json", "\"x\""},
            new String[] {"application/json", "{\"a\":1,\"a\":2}"},
            new String[] {"application/json", "{\"number\": 1e1000, \"value\": 1e131072}"},
            new String[] {"application/json", "{\"text\":\"a\\u0000b\",\"code\":\"\\ud800\"}"},
            new String[] {"application/json", "[".repeat(5000)},
            new String[] {"text/plain", "::Q::\u0000 {T}"},
            new String[] {"application/octet-stream", "\u00ff\u00fe\u0000\u0001"},
            new String[] {"application/x-www-form-urlencoded", "a=%00&b=%FF&csrf-token=x"},
            new String[] {"multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n\u0000\r\n--x--"});

    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    /** Sign-ins with missing fields count as failures against this machine's address; other tests sign in from it. */
    @AfterEach
    void forgetTheFailures() {
        Throttles.forget();
    }

    @Test
    void noRouteAnswers5xxAndEveryApiErrorIsAProblem() {
        JsonPath document = given().queryParam("format", "json").get(openApi).jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> undocumented = Routes.declared().stream().filter(route -> !route.page())
                .filter(route -> paths.get(route.template()) == null
                        || !paths.get(route.template()).containsKey(route.method().toLowerCase(Locale.ROOT)))
                .map(Route::toString).distinct().toList();
        assertThat(undocumented).as("API routes missing from the OpenAPI document").isEmpty();

        Instant deadline = Instant.now().plus(BUDGET);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Route route : Routes.declared().stream().distinct().toList()) {
            List<String> requests = requests(route);
            List<String[]> bodies = route.method().equals("GET") ? List.<String[]>of(new String[] {null, null})
                    : bodies(route, paths);
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                for (String path : requests) {
                    for (String[] body : bodies) {
                        if (Instant.now().isAfter(deadline)) {
                            break;
                        }
                        HttpResponse<String> response = send(caller.getValue(), route.method(), path, body);
                        sent++;
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        String problem = problem(path, response);
                        if (problem != null) {
                            failures.add(caller.getKey() + " " + route.method() + " " + abbreviate(path) + " "
                                    + (body[0] == null ? "(no body)" : body[0] + " " + abbreviate(body[1])) + ": " + problem);
                        }
                    }
                }
            }
        }
        System.out.printf("FuzzTest: %d requests to %d routes (time budget %s); statuses %s%n", sent, Routes.declared().size(),
                BUDGET, statuses);
        assertThat(sent).isGreaterThan(3000);
        assertThat(failures).as("%d of %d requests", failures.size(), sent).isEmpty();
    }

    /** The route's path with each parameter malformed in turn, and its query parameters malformed. */
    private static List<String> requests(Route route) {
        List<String> requests = new ArrayList<>();
        if (route.pathParameters().isEmpty()) {
            requests.add(route.template());
        }
        for (String id : IDS) {
            if (!route.pathParameters().isEmpty()) {
                requests.add(route.with(name -> id));
            }
        }
        String base = route.with(name -> "1");
        for (String parameter : route.queryParameters()) {
            for (String value : VALUES) {
                requests.add(base + "?" + parameter + "=" + value);
            }
        }
        return requests;
    }

    /** The malformed bodies, and for an API body the OpenAPI document describes, each field with the wrong type. */
    @SuppressWarnings("unchecked")
    private static List<String[]> bodies(Route route, Map<String, Map<String, Object>> paths) {
        List<String[]> bodies = new ArrayList<>(BODIES);
        Map<String, Object> operation = paths.get(route.template()) == null ? null
                : (Map<String, Object>) paths.get(route.template()).get(route.method().toLowerCase(Locale.ROOT));
        Object schema = operation == null ? null : dig(operation, "requestBody", "content", "application/json", "schema");
        Map<String, Object> properties = schema instanceof Map<?, ?> map ? (Map<String, Object>) map.get("properties") : null;
        if (properties != null) {
            properties.forEach((name, described) -> {
                Object type = described instanceof Map<?, ?> property ? property.get("type") : null;
                String wrong = switch (String.valueOf(type)) {
                    case "string" -> "123";
                    case "number", "integer" -> "\"abc\"";
                    case "boolean" -> "1";
                    case "array" -> "\"x\"";
                    default -> "[[]]";
                };
                bodies.add(new String[] {"application/json", "{\"" + name + "\": " + wrong + "}"});
            });
        }
        return bodies;
    }

    private static Object dig(Map<String, Object> map, String... keys) {
        Object at = map;
        for (String key : keys) {
            at = at instanceof Map<?, ?> next ? next.get(key) : null;
        }
        return at;
    }

    /** Sends exactly these bytes (no client library rewrites them), with the caller's credentials if any. */
    private static HttpResponse<String> send(String authorization, String method, String path, String[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .timeout(Duration.ofSeconds(30)).method(method, body[0] == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body[1].getBytes(StandardCharsets.ISO_8859_1)));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        if (body[0] != null) {
            request.header("Content-Type", body[0]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + WebClient.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** What is wrong with an answer, or null. The HTTP layer's own 414 and 431 come before any route and carry no body. */
    private static String problem(String path, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "answered " + status;
        }
        boolean api = path.startsWith("/api/");
        if (api && status >= 400 && status != 414 && status != 431
                && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "answered " + status + " as " + response.headers().firstValue("Content-Type").orElse("nothing")
                    + ", not problem+json";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
