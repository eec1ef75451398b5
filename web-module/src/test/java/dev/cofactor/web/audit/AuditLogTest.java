package dev.cofactor.web.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the audit log records, who it names, and how it is filtered. */
@QuarkusTest
class AuditLogTest {

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password");
    }

    private static JsonPath entries(Map<String, ?> filter) {
        return admin().queryParams(filter).get("/api/admin/audit").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anAdminsChangesAreRecordedWithTheAdminAsActor() {
        String email = "audited-" + UUID.randomUUID() + "@example.org";
        long id = admin().contentType("application/json")
                .body(Map.of("displayName", "Audited", "email", email, "password", "a long enough password", "role", "learner"))
                .post("/api/admin/users").then().statusCode(201).extract().jsonPath().getLong("id");
        WebClient page = WebClient.demo("admin");
        page.get("/admin/users");
        page.postForm("/admin/users/" + id + "/role", Map.of("role", "instructor")).then().statusCode(303);

        JsonPath created = entries(Map.of("action", "account.created", "actor", "admin@"));
        assertThat(created.getList("subject")).contains("account " + email);
        assertThat(created.getString("find { it.subject == 'account " + email + "' }.actorEmail")).isEqualTo("admin@cofactor.test");
        JsonPath role = entries(Map.of("action", "account.role"));
        assertThat(role.getString("find { it.subject == 'account " + email + "' }.detail")).isEqualTo("learner -> instructor");
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        int before = entries(Map.of("action", "account.created")).getList("$").size();
        admin().contentType("application/json")
                .body(Map.of("displayName", "Twice", "email", "admin@cofactor.test", "password", "a long enough password",
                        "role", "learner"))
                .post("/api/admin/users").then().statusCode(400);
        assertThat(entries(Map.of("action", "account.created")).getList("$")).hasSize(before);
    }

    @Test
    void theSeedBankIsRecordedAsTheAppsOwnWork() {
        JsonPath versions = entries(Map.of("action", "question.version", "actor", "nobody"));
        assertThat(versions.getList("subject")).contains("question gaba-role");
        assertThat(versions.getString("find { it.subject == 'question gaba-role' }.actorId")).isNull();
    }

    @Test
    void datesFilterAndBadFiltersAreRefused() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(entries(Map.of("from", tomorrow)).getList("$")).isEmpty();
        admin().queryParam("from", "last week").get("/api/admin/audit").then().statusCode(400)
                .contentType("application/problem+json");
        admin().queryParam("action", "account.deleted").get("/api/admin/audit").then().statusCode(400);
    }
}
