package dev.cofactor.web;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Health is public on the app's port; metrics and the OpenAPI document are for operators, on the management port. */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void healthIsUpAndChecksTheDatabase() {
        when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void openApiDescribesTheArticleEndpointsOnTheManagementPortOnly() {
        given().queryParam("format", "json").get(openApi)
                .then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/articles/{slug}/sections/{anchor}"))
                .body("paths.'/api/articles/{slug}'.get.responses.keySet()", hasItem("404"));
        when().get("/q/openapi").then().statusCode(404);
    }

    @Test
    void metricsArePublishedInPrometheusFormatOnTheManagementPortOnly() {
        when().get("/api/articles");
        given().accept("text/plain").when().get(metrics)
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/articles\""));
        given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password").get("/q/metrics")
                .then().statusCode(404);
    }
}
