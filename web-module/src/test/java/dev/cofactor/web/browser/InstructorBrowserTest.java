package dev.cofactor.web.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.testing.ShownIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An instructor creates a cohort, then reads the gradebook, one attempt and a quiz's statistics: axe on every page. */
@QuarkusTest
class InstructorBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a learner's long password";

    @Test
    void anInstructorFollowsTheirCohortFromGradebookToStatistics() {
        signIn("instructor@cofactor.test", "cofactor-demo-password");
        browser.follow(By.linkText("Teaching"));
        browser.follow(By.cssSelector("form[action='/instructor/cohorts'] button[type=submit]"));
        assertThat(browser.find(By.id("name-error")).getText()).contains("1 to 80 characters");
        String name = "Browser cohort " + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.id("name")).sendKeys(name);
        browser.follow(By.cssSelector("form[action='/instructor/cohorts'] button[type=submit]"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(name);
        String code = browser.find(By.cssSelector(".join-code code")).getText();

        String learner = "Gemma Graded " + UUID.randomUUID().toString().substring(0, 6);
        String email = learnerWithAnAttempt(learner, code);

        browser.follow(By.linkText("Gradebook of this cohort"));
        WebElement row = browser.find(By.xpath("//table//th[@scope='row'][.//a[text()='" + learner + "']]/.."));
        assertThat(row.getText()).contains("20.00%", "(1)");
        browser.follow(By.linkText(learner));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(learner);
        assertThat(browser.find(By.cssSelector(".meta")).getText()).isEqualTo(email);

        browser.follow(By.partialLinkText("Review"));
        assertThat(browser.find(By.tagName("h1")).getText()).contains("Attempt 1", learner);
        assertThat(browser.find(By.cssSelector(".score")).getText()).contains("1 of 5 points");
        assertThat(browser.findAll(By.cssSelector(".question-grid .square-right"))).hasSize(1);
        assertThat(browser.findAll(By.cssSelector(".question-grid .square-unanswered"))).hasSize(4);
        assertThat(browser.find(By.cssSelector(".results")).getText()).contains("Answer: It is the brain's primary inhibitory");

        browser.follow(By.linkText("Teaching"));
        browser.find(By.xpath("//tr[th[contains(., 'How Magnesium Calms Your Brain')]]//a[text()='Statistics']")).click();
        browser.checkAccessibility();
        assertThat(browser.find(By.tagName("h1")).getText()).contains("How Magnesium Calms Your Brain");
        assertThat(browser.findAll(By.cssSelector("figure.chart svg"))).hasSize(3);
        assertThat(browser.find(By.id("questions-caption")).getText()).contains("Per question");
        assertThat(browser.find(By.id("distribution-caption")).getText()).isEqualTo("Score distribution");
        new Select(browser.find(By.id("attempts"))).selectByValue("all");
        browser.follow(By.cssSelector("form.filters button[type=submit]"));
        assertThat(browser.find(By.id("test-caption")).getText()).contains("all attempts");
        browser.resize(360, 800).assertFitsTheWindow();
    }

    private void signIn(String email, String password) {
        browser.open("/login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(password);
        browser.follow(By.cssSelector("form.form button[type=submit]"));
    }

    /** A learner who joined with the code and submitted a section check with one right answer out of five. */
    private static String learnerWithAnAttempt(String name, String code) {
        String email = "graded-" + UUID.randomUUID() + "@example.org";
        given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password").contentType("application/json")
                .body(Map.of("displayName", name, "email", email, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
        as(email).body(Map.of("code", code)).post("/api/me/cohorts").then().statusCode(200);
        long quiz = given().get("/api/quizzes").jsonPath()
                .getLong("find { it.slug == 'check-how-magnesium-calms-your-brain' }.id");
        long attempt = as(email).post("/api/quizzes/" + quiz + "/attempts").then().statusCode(201).extract().jsonPath().getLong("id");
        as(email).body(ShownIds.answer(attempt, "gaba-role", Map.of("choiceId", "inhibitory"))).put("/api/attempts/" + attempt + "/answers/gaba-role").then().statusCode(200);
        as(email).post("/api/attempts/" + attempt + "/submission").then().statusCode(200);
        return email;
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, PASSWORD).contentType("application/json");
    }
}
