package dev.cofactor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page and endpoint, called by each kind of person, with the exact status each must get.
 * Later features add their rows. {id} is the second learner's account id, {quiz} a section check
 * and {attempt} the first learner's attempt at it. A 303 for an anonymous
 * page means "sent to sign in"; bodies are chosen so that an allowed call changes nothing lasting.
 * Signing out comes last, since it ends each person's session.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String MATRIX = """
            method  path                                              body                            anon  learner  learner2  instructor  admin
            GET     /                                                 -                               200   200      200       200         200
            GET     /articles/magnesium-bisglycinate                  -                               200   200      200       200         200
            GET     /articles/magnesium-bisglycinate/genetic-factors  -                               200   200      200       200         200
            GET     /login                                            -                               200   200      200       200         200
            GET     /signup                                           -                               200   200      200       200         200
            POST    /signup                                           form:invalid                    400   400      400       400         400
            GET     /account                                          -                               303   200      200       200         200
            GET     /admin/users                                      -                               303   403      403       403         200
            POST    /admin/users                                      form:invalid                    303   403      403       403         400
            POST    /admin/users/{id}/role                            form:role=learner               303   403      403       403         303
            POST    /admin/users/{id}/enabled                         form:enabled=true               303   403      403       403         303
            GET     /api/articles                                     -                               200   200      200       200         200
            GET     /api/articles/magnesium-bisglycinate              -                               200   200      200       200         200
            GET     /api/quizzes                                      -                               200   200      200       200         200
            GET     /api/me                                           -                               401   200      200       200         200
            GET     /api/admin/users                                  -                               401   403      403       403         200
            POST    /api/admin/users                                  json:{}                         401   403      403       403         400
            POST    /api/quizzes/{quiz}/attempts                      json:{}                         401   201      201       201         201
            GET     /api/attempts/{attempt}                           -                               401   200      404       404         404
            PUT     /api/attempts/{attempt}/answers/gaba-role         json:{"choiceId":"inhibitory"}  401   200      404       404         404
            GET     /api/me/attempts                                  -                               401   200      200       200         200
            GET     /q/health                                         -                               200   200      200       200         200
            GET     /q/openapi                                        -                               200   200      200       200         200
            GET     /q/metrics                                        -                               200   200      200       200         200
            POST    /logout                                           form:empty                      303   303      303       303         303
            """;
    private static final List<String> PEOPLE = List.of("anon", "learner", "learner2", "instructor", "admin");

    private final Map<String, WebClient> clients = new LinkedHashMap<>();
    private long secondLearnerId;
    private long quizId;
    private long attemptId;

    @BeforeEach
    void signEveryoneIn() {
        clients.put("anon", WebClient.anonymous());
        for (String person : PEOPLE.subList(1, PEOPLE.size())) {
            clients.put(person, WebClient.demo(person));
        }
        secondLearnerId = clients.get("learner2").get("/api/me").jsonPath().getLong("id");
        quizId = clients.get("anon").get("/api/quizzes").jsonPath()
                .getLong("find { it.slug == 'check-how-magnesium-calms-your-brain' }.id");
        attemptId = clients.get("learner").postJson("/api/quizzes/" + quizId + "/attempts", "{}").jsonPath().getLong("id");
    }

    @Test
    void everyoneGetsExactlyTheStatusTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        List<String> rows = MATRIX.lines().skip(1).filter(line -> !line.isBlank()).toList();
        for (String row : rows) {
            String[] cells = row.trim().split("\\s+");
            String method = cells[0];
            String path = cells[1].replace("{id}", String.valueOf(secondLearnerId))
                    .replace("{quiz}", String.valueOf(quizId)).replace("{attempt}", String.valueOf(attemptId));
            for (int i = 0; i < PEOPLE.size(); i++) {
                int expected = Integer.parseInt(cells[3 + i]);
                int actual = call(clients.get(PEOPLE.get(i)), method, path, cells[2]).statusCode();
                if (actual != expected) {
                    mismatches.add("%s %s as %s: expected %d, got %d".formatted(method, path, PEOPLE.get(i), expected,
                            actual));
                }
            }
        }
        assertThat(rows).hasSizeGreaterThan(15);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void eachPersonSeesOnlyThemselves() {
        for (String person : PEOPLE.subList(1, PEOPLE.size())) {
            assertThat(clients.get(person).get("/api/me").jsonPath().getString("email"))
                    .isEqualTo(person + "@cofactor.test");
        }
    }

    private static Response call(WebClient client, String method, String path, String body) {
        if (body.equals("-")) {
            return client.send(method, path);
        }
        if (body.startsWith("json:")) {
            return client.sendJson(method, path, body.substring("json:".length()));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String form = body.substring("form:".length());
        if (form.equals("invalid")) {
            fields.put("email", "not-an-email");
        } else if (!form.equals("empty")) {
            String[] pair = form.split("=", 2);
            fields.put(pair[0], pair[1]);
        }
        return client.postForm(path, fields);
    }
}
