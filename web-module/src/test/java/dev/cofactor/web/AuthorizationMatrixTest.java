package dev.cofactor.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.Routes;
import dev.cofactor.web.testing.ShownIds;
import dev.cofactor.web.testing.Throttles;
import dev.cofactor.web.testing.WebClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page and endpoint, called by each kind of person, with the exact status each must get; a
 * route the app declares ({@link Routes}) without a row here fails the build. {id} is the second
 * learner's account id, {quiz} a section check and {attempt} the first learner's attempt at it, whose
 * question gaba-role shows its right choice as {choice}; {cohort} is a cohort of the first instructor that
 * the first learner ({learner}) joined, which the second instructor must not see. A 303 for an anonymous
 * page means "sent to sign in". Bodies are chosen so that an allowed call changes nothing lasting
 * ({@code md:seed} sends the seed article's own text, which stores nothing new). Rows run in order: the
 * attempt is answered, checked, then submitted. Rows marked {@code !} end sessions, so each runs with
 * everyone freshly signed in. The wrong sign-ins to one email are five tries: the sixth column's is paused (429).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String MATRIX = """
            method  path                                              body                            anon  learner  learner2  instructor  instructor2  admin
            GET     /                                                 -                               200   200      200       200         200          200
            GET     /articles/magnesium-bisglycinate                  -                               200   200      200       200         200          200
            GET     /articles/magnesium-bisglycinate/genetic-factors  -                               200   200      200       200         200          200
            GET     /login                                            -                               200   200      200       200         200          200
            POST    /login                                            form:email=nobody@example.org&password=not-the-password  401   401      401       401         401          429
            GET     /signup                                           -                               200   200      200       200         200          200
            POST    /signup                                           form:invalid                    400   400      400       400         400          400
            GET     /password/forgot                                  -                               200   200      200       200         200          200
            POST    /password/forgot                                  form:email=not-an-email         400   400      400       400         400          400
            GET     /password/reset?token=no-such-token               -                               200   200      200       200         200          200
            POST    /password/reset                                   form:token=no-such-token&password=a-long-enough-password  400   400      400       400         400          400
            GET     /account                                          -                               303   200      200       200         200          200
            POST    /account/password                                 form:currentPassword=not-the-password&newPassword=x  303   400      400       400         400          400
            POST    /account/details                                  form:displayName=&timeZone=UTC  303   400      400       400         400          400
            GET     /admin/users                                      -                               303   403      403       403         403          200
            POST    /admin/users                                      form:invalid                    303   403      403       403         403          400
            POST    /admin/users/{id}/role                            form:role=learner               303   403      403       403         403          303
            POST    /admin/users/{id}/enabled                         form:enabled=true               303   403      403       403         403          303
            GET     /api/articles                                     -                               200   200      200       200         200          200
            GET     /api/articles/magnesium-bisglycinate              -                               200   200      200       200         200          200
            GET     /api/articles/magnesium-bisglycinate/sections/genetic-factors  -                  200   200      200       200         200          200
            GET     /api/quizzes                                      -                               200   200      200       200         200          200
            GET     /api/me                                           -                               401   200      200       200         200          200
            PUT     /api/me/password                                  json:{"currentPassword":"not-the-password","newPassword":"x"}  401   400      400       400         400          400
            PUT     /api/me/details                                   json:{}                         401   400      400       400         400          400
            GET     /api/admin/users                                  -                               401   403      403       403         403          200
            POST    /api/admin/users                                  json:{}                         401   403      403       403         403          400
            GET     /quizzes/check-how-magnesium-calms-your-brain     -                               200   200      200       200         200          200
            GET     /quizzes/check-how-magnesium-calms-your-brain/start  -                            303   303      303       303         303          303
            GET     /quizzes/final-magnesium-bisglycinate/start       -                               303   200      200       200         200          200
            POST    /quizzes/check-how-magnesium-calms-your-brain/attempts  form:empty                303   303      303       303         303          303
            POST    /quizzes/check-how-magnesium-calms-your-brain/practice  form:empty                303   409      409       409         409          409
            POST    /api/quizzes/{quiz}/attempts                      json:{}                         401   201      201       201         201          201
            POST    /api/quizzes/{quiz}/practice                      json:{}                         401   409      409       409         409          409
            GET     /api/attempts/{attempt}                           -                               401   200      404       404         404          404
            PUT     /api/attempts/{attempt}/answers/gaba-role         json:{"choiceId":"{choice}"}    401   200      404       404         404          404
            POST    /api/attempts/{attempt}/checks/gaba-role          json:{}                         401   200      404       404         404          404
            DELETE  /api/attempts/{attempt}/answers/gaba-role         -                               401   409      404       404         404          404
            PUT     /api/attempts/{attempt}/flags/gaba-role           json:{"flagged":true}           401   204      404       404         404          404
            GET     /attempts/{attempt}/questions/1                   -                               303   200      404       404         404          404
            POST    /attempts/{attempt}/questions/1                   form:action=next                303   303      404       404         404          404
            GET     /attempts/{attempt}/review                        -                               303   200      404       404         404          404
            GET     /attempts/{attempt}/result                        -                               303   303      404       404         404          404
            GET     /api/me/attempts                                  -                               401   200      200       200         200          200
            GET     /me/progress                                      -                               303   200      200       200         200          200
            GET     /instructor                                       -                               303   403      403       200         200          200
            POST    /instructor/cohorts                               form:name=                      303   403      403       400         400          400
            GET     /instructor/cohorts/{cohort}                      -                               303   403      403       200         404          200
            GET     /instructor/gradebook                             -                               303   403      403       200         200          200
            GET     /instructor/learners/{learner}                    -                               303   403      403       200         404          200
            POST    /instructor/learners/{learner}/accommodation      form:timeMultiplier=1&extraMinutes=0  303   403      403       303         404          303
            GET     /instructor/attempts/{attempt}                    -                               303   403      403       200         404          200
            POST    /instructor/attempts/{attempt}/marks/gaba-role    form:reason=open                303   403      403       409         404          409
            GET     /instructor/quizzes/{quiz}/statistics             -                               303   403      403       200         200          200
            GET     /instructor/quizzes/{quiz}/regrade                -                               303   403      403       200         200          200
            POST    /instructor/quizzes/{quiz}/regrade                form:question=gaba-role         303   403      403       409         409          409
            GET     /me/cohorts                                       -                               303   200      200       200         200          200
            POST    /me/cohorts                                       form:code=NOPE                  303   400      400       403         403          403
            GET     /api/instructor/cohorts                           -                               401   403      403       200         200          200
            POST    /api/instructor/cohorts                           json:{}                         401   403      403       400         400          400
            GET     /api/instructor/cohorts/{cohort}                  -                               401   403      403       200         404          200
            GET     /api/instructor/gradebook                         -                               401   403      403       200         200          200
            GET     /api/instructor/learners/{learner}                -                               401   403      403       200         404          200
            PUT     /api/instructor/learners/{learner}/accommodation  json:{"timeMultiplier":1,"extraMinutes":0}  401   403      403       200         404          200
            GET     /api/instructor/attempts/{attempt}                -                               401   403      403       200         404          200
            PUT     /api/instructor/attempts/{attempt}/marks/gaba-role  json:{"reason":"open"}        401   403      403       409         404          409
            GET     /api/quizzes/{quiz}/statistics                    -                               401   403      403       200         200          200
            GET     /api/quizzes/{quiz}/grades.csv                    -                               401   403      403       200         200          200
            GET     /api/quizzes/{quiz}/responses.csv                 -                               401   403      403       200         200          200
            GET     /api/quizzes/{quiz}/regrades                      -                               401   403      403       200         200          200
            POST    /api/quizzes/{quiz}/regrades                      json:{"questionId":"gaba-role"}  401   403      403       200         200          200
            GET     /api/me/cohorts                                   -                               401   200      200       200         200          200
            POST    /api/me/cohorts                                   json:{"code":"NOPE"}            401   400      400       403         403          403
            GET     /admin/audit                                      -                               303   403      403       403         403          200
            GET     /api/admin/audit                                  -                               401   403      403       403         403          200
            GET     /admin                                            -                               303   403      403       403         403          200
            GET     /admin/questions                                  -                               303   403      403       403         403          200
            GET     /admin/questions/new?type=matching                -                               303   403      403       403         403          200
            POST    /admin/questions/new                              form:type=single_choice&action=preview 303   403      403       403         403          200
            POST    /admin/questions/preview                          form:type=true_false&stem=Is    303   403      403       403         403          200
            GET     /admin/questions/import                           -                               303   403      403       403         403          200
            POST    /admin/questions/import                           multipart:format=gift&text=::Sum::2+2={=4}  303   403      403       403         403          200
            GET     /admin/questions/gaba-role                        -                               303   403      403       403         403          200
            POST    /admin/questions/gaba-role                        form:action=preview             303   403      403       403         403          200
            GET     /admin/questions/gaba-role/versions               -                               303   403      403       403         403          200
            POST    /admin/questions/gaba-role/restore                form:version=1                  303   403      403       403         403          409
            POST    /admin/questions/gaba-role/retire                 form:empty                      303   403      403       403         403          409
            POST    /admin/questions/gaba-role/reinstate              form:empty                      303   403      403       403         403          303
            POST    /admin/questions/gaba-role/delete                 form:empty                      303   403      403       403         403          409
            GET     /admin/quizzes                                    -                               303   403      403       403         403          200
            GET     /admin/quizzes/new?article=magnesium-bisglycinate -                               303   403      403       403         403          200
            POST    /admin/quizzes/new                                form:article=magnesium-bisglycinate&action=filter  303   403      403       403         403          200
            GET     /admin/quizzes/final-magnesium-bisglycinate       -                               303   403      403       403         403          200
            POST    /admin/quizzes/final-magnesium-bisglycinate       form:action=filter              303   403      403       403         403          200
            GET     /admin/quizzes/final-magnesium-bisglycinate/preview -                             303   403      403       403         403          200
            GET     /api/admin/questions                              -                               401   403      403       403         403          200
            POST    /api/admin/questions                              json:{}                         401   403      403       403         403          422
            GET     /api/admin/questions/gaba-role                    -                               401   403      403       403         403          200
            PUT     /api/admin/questions/gaba-role                    json:{}                         401   403      403       403         403          400
            DELETE  /api/admin/questions/gaba-role                    -                               401   403      403       403         403          409
            POST    /api/admin/questions/gaba-role/retire             json:{}                         401   403      403       403         403          409
            POST    /api/admin/questions/gaba-role/reinstate          json:{}                         401   403      403       403         403          200
            POST    /api/admin/questions/gaba-role/restore?version=1  json:{}                         401   403      403       403         403          409
            GET     /api/admin/questions/gaba-role/versions/1         -                               401   403      403       403         403          200
            GET     /api/admin/questions/gaba-role/diff?from=1&to=1   -                               401   403      403       403         403          200
            POST    /api/admin/questions/import/gift?dryRun=true      text:::Sum::2+2={=4}            401   403      403       403         403          200
            GET     /api/admin/questions/export/gift                  -                               401   403      403       403         403          200
            POST    /api/admin/questions/import/json?dryRun=true      json:{}                         401   403      403       403         403          200
            GET     /api/admin/questions/export/json                  -                               401   403      403       403         403          200
            GET     /api/admin/quizzes/final-magnesium-bisglycinate   -                               401   403      403       403         403          200
            PUT     /api/admin/quizzes/final-magnesium-bisglycinate   json:{}                         401   403      403       403         403          400
            GET     /admin/articles                                   -                               303   403      403       403         403          200
            POST    /admin/articles/magnesium-bisglycinate/preview    form:markdown=                  303   403      403       403         403          400
            POST    /admin/articles/magnesium-bisglycinate/edit       form:markdown=draft             303   403      403       403         403          200
            POST    /admin/articles/magnesium-bisglycinate            form:markdown=                  303   403      403       403         403          400
            POST    /api/admin/articles/magnesium-bisglycinate/preview  md:seed                       401   403      403       403         403          200
            POST    /api/admin/articles/magnesium-bisglycinate/preview  md:empty                      401   403      403       403         403          400
            PUT     /api/admin/articles/magnesium-bisglycinate        md:seed                         401   403      403       403         403          200
            PUT     /api/admin/articles/magnesium-bisglycinate        md:empty                        401   403      403       403         403          400
            POST    /api/attempts/{attempt}/submission                json:{}                         401   200      404       404         404          404
            POST    /attempts/{attempt}/submission                    form:empty                      303   303      404       404         404          404
            GET     /q/health                                         -                               200   200      200       200         200          200
            GET     /q/openapi                                        -                               404   404      404       404         404          404
            GET     /q/metrics                                        -                               404   404      404       404         404          404
            !POST   /admin/users/{id}/sessions/end                    form:empty                      303   403      403       403         403          303
            !DELETE /api/admin/users/{id}/sessions                    -                               401   403      403       403         403          200
            !DELETE /api/me/sessions                                  -                               401   200      200       200         200          200
            !POST   /account/sessions/end                             form:empty                      303   303      303       303         303          303
            !POST   /logout                                           form:empty                      303   303      303       303         303          303
            """;
    private static final List<String> PEOPLE = List.of("anon", "learner", "learner2", "instructor", "instructor2", "admin");

    private final Map<String, WebClient> clients = new LinkedHashMap<>();
    private long secondLearnerId;
    private long quizId;
    private long attemptId;
    private long learnerId;
    private long cohortId;

    @BeforeEach
    void signEveryoneIn() {
        signIn();
        secondLearnerId = clients.get("learner2").get("/api/me").jsonPath().getLong("id");
        quizId = clients.get("anon").get("/api/quizzes").jsonPath()
                .getLong("find { it.slug == 'check-how-magnesium-calms-your-brain' }.id");
        attemptId = clients.get("learner").postJson("/api/quizzes/" + quizId + "/attempts", "{}").jsonPath().getLong("id");
        learnerId = clients.get("learner").get("/api/me").jsonPath().getLong("id");
        Response cohort = clients.get("instructor").postJson("/api/instructor/cohorts", "{\"name\": \"Matrix\"}");
        cohortId = cohort.jsonPath().getLong("id");
        clients.get("learner").postJson("/api/me/cohorts", "{\"code\": \"" + cohort.jsonPath().getString("joinCode") + "\"}")
                .then().statusCode(200);
    }

    /** The wrong passwords sent above count against this machine's address; other tests sign in from it too. */
    @AfterEach
    void forgetTheWrongPasswords() {
        Throttles.forget();
    }

    private void signIn() {
        clients.put("anon", WebClient.anonymous());
        for (String person : PEOPLE.subList(1, PEOPLE.size())) {
            clients.put(person, WebClient.demo(person));
        }
    }

    @Test
    void everyDeclaredRouteHasARow() {
        TreeSet<String> covered = new TreeSet<>();
        for (String[] cells : rows()) {
            Routes.of(method(cells), cells[1]).ifPresent(route -> covered.add(route.toString()));
        }
        List<String> missing = Routes.declared().stream().map(Routes.Route::toString).distinct()
                .filter(route -> !covered.contains(route)).toList();
        assertThat(Routes.declared()).hasSizeGreaterThan(100);
        assertThat(missing).as("routes without a row in the matrix").isEmpty();
    }

    @Test
    void everyoneGetsExactlyTheStatusTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        String choice = ShownIds.choice(attemptId, "gaba-role", "inhibitory");
        for (String[] cells : rows()) {
            if (cells[0].startsWith("!")) {
                signIn();
            }
            String method = method(cells);
            String path = placeholders(cells[1]);
            for (int i = 0; i < PEOPLE.size(); i++) {
                int expected = Integer.parseInt(cells[3 + i]);
                int actual = call(clients.get(PEOPLE.get(i)), method, path, cells[2].replace("{choice}", choice)).statusCode();
                if (actual != expected) {
                    mismatches.add("%s %s as %s: expected %d, got %d".formatted(method, path, PEOPLE.get(i), expected,
                            actual));
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void eachPersonSeesOnlyThemselves() {
        for (String person : PEOPLE.subList(1, PEOPLE.size())) {
            assertThat(clients.get(person).get("/api/me").jsonPath().getString("email"))
                    .isEqualTo(person + "@cofactor.test");
        }
    }

    private static List<String[]> rows() {
        return MATRIX.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.trim().split("\\s+")).toList();
    }

    private static String method(String[] cells) {
        return cells[0].replace("!", "");
    }

    private String placeholders(String path) {
        return path.replace("{id}", String.valueOf(secondLearnerId))
                .replace("{quiz}", String.valueOf(quizId)).replace("{attempt}", String.valueOf(attemptId))
                .replace("{learner}", String.valueOf(learnerId)).replace("{cohort}", String.valueOf(cohortId));
    }

    private static String seedMarkdown() {
        try (var in = AuthorizationMatrixTest.class.getClassLoader().getResourceAsStream("articles/magnesium-bisglycinate.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response call(WebClient client, String method, String path, String body) {
        if (body.equals("-")) {
            return client.send(method, path);
        }
        if (body.startsWith("json:")) {
            return client.sendJson(method, path, body.substring("json:".length()));
        }
        if (body.startsWith("text:")) {
            return client.sendText(method, path, "text/plain; charset=UTF-8", body.substring("text:".length()));
        }
        if (body.startsWith("md:")) { // md:seed is the seed article's own text: a preview, or a save that stores nothing
            return client.sendText(method, path, "text/markdown; charset=UTF-8", body.equals("md:seed") ? seedMarkdown() : "");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String form = body.substring(body.indexOf(':') + 1);
        if (form.equals("invalid")) {
            fields.put("email", "not-an-email");
        } else if (!form.equals("empty")) {
            for (String field : form.split("&")) {
                String[] pair = field.split("=", 2);
                fields.put(pair[0], pair[1]);
            }
        }
        return body.startsWith("multipart:") ? client.postMultipart(path, fields, "file", null, null)
                : client.postForm(path, fields);
    }
}
