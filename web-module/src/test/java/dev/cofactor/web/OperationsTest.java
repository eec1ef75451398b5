package dev.cofactor.web;

import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void healthIsUpAndChecksTheDatabase() {
        when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void openApiDescribesTheArticleEndpoints() {
        when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.keySet()", hasItem("/api/articles/{slug}/sections/{anchor}"))
                .body("paths.'/api/articles/{slug}'.get.responses.keySet()", hasItem("404"));
    }

    @Test
    void metricsArePublishedInPrometheusFormat() {
        when().get("/api/articles");
        given().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/articles\""));
    }
}
