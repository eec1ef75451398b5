package dev.cofactor.web.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cofactor.quiz.attempt.AnswerDto;
import dev.cofactor.quiz.question.QuestionSpec;
import dev.cofactor.quiz.question.QuestionType;
import dev.cofactor.web.testing.ShownIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A learner reads, checks a section, then takes the final quiz by keyboard alone. */
@QuarkusTest
class QuizBrowserTest extends BrowserTest {

    private static final String PASSWORD = "a browser learner's password";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    private Map<String, QuestionSpec> bank;

    @BeforeEach
    void loadTheQuestionBank() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("quizzes/magnesium-bisglycinate.json")) {
            List<QuestionSpec> questions = List.of(json.treeToValue(json.readTree(in).get("questions"), QuestionSpec[].class));
            bank = questions.stream().collect(Collectors.toMap(QuestionSpec::id, Function.identity()));
        }
    }

    private String signIn() {
        String email = "quiz-taker-" + UUID.randomUUID() + "@example.org";
        given().auth().preemptive().basic("admin@cofactor.test", "cofactor-demo-password").contentType("application/json")
                .body(Map.of("displayName", "Quinn Taker", "email", email, "password", PASSWORD, "role", "learner"))
                .post("/api/admin/users").then().statusCode(201);
        browser.open("/login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        browser.follow(By.cssSelector("form.form button[type=submit]"));
        return email;
    }

    @Test
    void anAnswerSavedWhileTheConnectionIsLostIsRetriedAndTheStatusSaysSoUntilItIsSaved() {
        String email = signIn();
        browser.open("/quizzes/check-how-magnesium-calms-your-brain")
                .follow(By.cssSelector("form[action$='/attempts'] button"));
        WebElement form = browser.find(By.cssSelector("form.question-form"));
        String attempt = form.getAttribute("data-attempt");
        String question = form.getAttribute("data-question");
        By status = By.cssSelector("[data-save-status]");

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver().setNetworkConditions(offline);
        browser.find(By.cssSelector("form.question-form input[type=checkbox], form.question-form input[type=radio]")).click();
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
        wait.until(driver -> "retrying".equals(driver.findElement(status).getAttribute("data-state")));
        assertThat(browser.find(status).getText()).startsWith("Not saved yet: the connection to Cofactor is lost. Trying again in");
        assertThat(given().auth().preemptive().basic(email, PASSWORD).get("/api/attempts/" + attempt)
                .jsonPath().getList("questions.findAll { it.id == '" + question + "' && it.answer != null }")).isEmpty();

        browser.driver().deleteNetworkConditions();
        wait.until(driver -> "saved".equals(driver.findElement(status).getAttribute("data-state")));
        assertThat(browser.find(status).getText()).isEqualTo("Answer saved.");
        assertThat(given().auth().preemptive().basic(email, PASSWORD).get("/api/attempts/" + attempt)
                .jsonPath().getList("questions.findAll { it.id == '" + question + "' && it.answer != null }")).hasSize(1);
        browser.checkAccessibility();
    }

    /** Starts the final quiz in the browser and moves the attempt's deadline to {@code seconds} from now; its id. */
    private long startTheFinalEndingIn(int seconds) {
        browser.open("/quizzes/final-magnesium-bisglycinate").follow(By.linkText("Start the quiz"))
                .follow(By.cssSelector("form[action$='/attempts'] button"));
        long attempt = Long.parseLong(browser.find(By.cssSelector("form.question-form")).getAttribute("data-attempt"));
        moveDeadline(attempt, seconds);
        return attempt;
    }

    private void moveDeadline(long attempt, int seconds) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update attempt set deadline = now() + make_interval(secs => ?2) where id = ?1")
                .setParameter(1, attempt).setParameter(2, seconds).executeUpdate());
    }

    private boolean submitted(long attempt) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager
                .createNativeQuery("select submitted_at is not null from attempt where id = ?1").setParameter(1, attempt)
                .getSingleResult());
    }

    @Test
    void atZeroTheQuestionPageStopsAndSaysSoAndTheAttemptIsSubmittedWithWhatWasSaved() {
        signIn();
        long attempt = startTheFinalEndingIn(4);
        browser.driver().navigate().refresh();
        WebElement link = new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> driver.findElement(By.linkText("See your result")));
        assertThat(browser.find(By.cssSelector("[role=alert].warning")).getText()).startsWith("Time is up");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(link);
        assertThat(browser.findAll(By.cssSelector("#question-form button, button[form=question-form], fieldset.answer input")))
                .isNotEmpty().allSatisfy(control -> assertThat(control.isEnabled()).isFalse());
        browser.checkAccessibility();
        enter(link);
        assertThat(browser.path()).isEqualTo("/attempts/" + attempt + "/result");
        assertThat(browser.find(By.cssSelector(".warning")).getText()).startsWith("Time ran out at");
        assertThat(submitted(attempt)).isTrue();
    }

    @Test
    void withoutJavaScriptTheNextRequestAfterTheDeadlineSubmitsAndShowsTheResult() {
        browser.close();
        browser = Browser.withoutJavaScript(root);
        signIn();
        long attempt = startTheFinalEndingIn(150);
        browser.driver().navigate().refresh(); // without a countdown, the page says what time is left
        assertThat(browser.find(By.cssSelector(".deadline")).getText()).contains("(2 minutes left when this page loaded)");
        moveDeadline(attempt, -60);
        browser.follow(By.cssSelector("button[value=next]"));
        assertThat(browser.path()).isEqualTo("/attempts/" + attempt + "/result");
        assertThat(browser.find(By.cssSelector(".warning")).getText())
                .contains("your attempt was submitted with the answers saved by then");
        assertThat(submitted(attempt)).isTrue();
    }

    /** Opens question 5 of the Glycine check quiz, its ordering question; the items' texts in the order shown. */
    private List<String> openTheOrderingQuestion() {
        browser.open("/quizzes/check-glycines-dual-personality").follow(By.cssSelector("form[action$='/attempts'] button"));
        browser.follow(By.cssSelector(".question-nav button[value='5']"));
        return items();
    }

    private List<String> items() {
        return browser.findAll(By.cssSelector(".ordering .ordering-text")).stream().map(WebElement::getText).toList();
    }

    private WebElement moveButton(int position, String direction) {
        return browser.findAll(By.cssSelector(".ordering li")).get(position - 1)
                .findElement(By.cssSelector("button[value$=':" + direction + "']"));
    }

    @Test
    void anOrderingMoveHappensInPlaceKeepsTheFocusOnTheMovedItemSaysWhereAndIsSaved() {
        String email = signIn();
        List<String> shown = openTheOrderingQuestion();
        String url = browser.driver().getCurrentUrl();
        String attempt = browser.find(By.cssSelector("form.question-form")).getAttribute("data-attempt");

        press(moveButton(4, "up"), Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).as("no page load").isEqualTo(url);
        assertThat(items()).containsExactly(shown.get(0), shown.get(1), shown.get(3), shown.get(2));
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(moveButton(3, "up"));
        assertThat(browser.find(By.cssSelector("[data-move-status]")).getText()).isEqualTo("Moved to position 3 of 4.");
        // two more presses of the same key take it to the top; then its own button is disabled and focus is on its twin
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(items()).containsExactly(shown.get(3), shown.get(0), shown.get(1), shown.get(2));
        assertThat(moveButton(1, "up").isEnabled()).isFalse();
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(moveButton(1, "down"));
        assertThat(browser.find(By.cssSelector("[data-move-status]")).getText()).isEqualTo("Moved to position 1 of 4.");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver ->
                driver.findElement(By.cssSelector("[data-save-status]")).getText().equals("Answer saved."));
        assertThat(browser.find(By.cssSelector(".question-nav button[value='5']")).getAttribute("textContent"))
                .isEqualTo("5, answered");
        browser.checkAccessibility();

        browser.driver().navigate().refresh();
        assertThat(items()).as("saved").containsExactly(shown.get(3), shown.get(0), shown.get(1), shown.get(2));
        assertThat(given().auth().preemptive().basic(email, PASSWORD).get("/api/attempts/" + attempt)
                .jsonPath().getList("questions[4].answer.order")).hasSize(4);
    }

    @Test
    void withoutJavaScriptAnOrderingMoveReturnsToTheMovedItemWithItsButtonFocused() {
        browser.close();
        browser = Browser.withoutJavaScript(root);
        signIn();
        List<String> shown = openTheOrderingQuestion();
        browser.follow(By.cssSelector(".ordering li:nth-child(4) button[value$=':up']"));
        assertThat(items()).containsExactly(shown.get(0), shown.get(1), shown.get(3), shown.get(2));
        assertThat(browser.driver().getCurrentUrl()).contains("?moved=");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(moveButton(3, "up"));
        assertThat(browser.find(By.cssSelector("[data-move-status]")).getText()).isEqualTo("Moved to position 3 of 4.");

        // an order left as it is counts once saved, as any answer
        browser.follow(By.cssSelector(".question-nav button[value='4']"));
        browser.follow(By.cssSelector(".question-nav button[value='5']"));
        assertThat(items()).containsExactly(shown.get(0), shown.get(1), shown.get(3), shown.get(2));
        assertThat(browser.find(By.cssSelector(".question-nav button[value='5']")).getAttribute("textContent"))
                .isEqualTo("5, answered");
    }

    @Test
    void withoutJavaScriptEveryWayOffAQuestionSavesItsAnswer() {
        browser.close();
        browser = Browser.withoutJavaScript(root);
        signIn();
        browser.open("/quizzes/check-the-paradox").follow(By.cssSelector("form[action$='/attempts'] button"));
        WebElement first = browser.find(By.cssSelector("fieldset.answer input[type=radio], fieldset.answer input[type=checkbox]"));
        String picked = first.getAttribute("id");
        first.click();

        browser.follow(By.cssSelector(".question-nav button[value='2']"));
        assertThat(browser.path()).endsWith("/questions/2");
        assertThat(browser.find(By.cssSelector(".progress")).getText()).contains("answered 1 of 4");
        assertThat(browser.find(By.cssSelector(".question-nav button[value='1']")).getAttribute("textContent"))
                .isEqualTo("1, answered");
        assertThat(browser.find(By.cssSelector(".question-nav button[value='2']")).getAttribute("aria-current")).isEqualTo("step");

        browser.find(By.cssSelector("fieldset.answer .text-answer")).sendKeys("GluN2A");
        browser.follow(By.cssSelector(".breadcrumbs button[value=leave]"));
        assertThat(browser.path()).isEqualTo("/quizzes/check-the-paradox");
        browser.follow(By.cssSelector("form[action$='/attempts'] button")); // continue the attempt
        assertThat(browser.find(By.cssSelector(".progress")).getText()).contains("answered 2 of 4");
        browser.follow(By.cssSelector(".question-nav button[value='1']"));
        assertThat(browser.find(By.id(picked)).isSelected()).isTrue();
        browser.follow(By.cssSelector(".question-nav button[value='2']"));
        assertThat(browser.find(By.cssSelector("fieldset.answer .text-answer")).getAttribute("value")).isEqualTo("GluN2A");
    }

    @Test
    void aLearnerChecksASectionThenTakesTheFinalQuizByKeyboard() {
        signIn();
        browser.open("/articles/magnesium-bisglycinate/how-magnesium-calms-your-brain") // the check follows its last part
                .follow(By.linkText("Blocking NMDA Receptors"))
                .follow(By.linkText("Take the check quiz"))
                .follow(By.cssSelector("form[action$='/attempts'] button"));

        for (int number = 1; number <= 5; number++) {
            String id = browser.find(By.cssSelector("form.question-form")).getAttribute("data-question");
            assertThat(browser.driver().switchTo().activeElement().getAttribute("class"))
                    .as("a new question page starts at its title").isEqualTo("question-title");
            answerByKeyboard(bank.get(id));
            browser.follow(By.cssSelector("button[value=check]"));
            assertThat(browser.find(By.cssSelector(".outcome")).getText()).startsWith("Right.")
                    .contains("Review: ");
            if (Set.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_RESPONSE).contains(bank.get(id).type())) {
                assertThat(browser.findAll(By.cssSelector("fieldset.answer label .your-pick")))
                        .as("the checked pick is marked in words").isNotEmpty();
                assertThat(browser.findAll(By.cssSelector("fieldset.answer label .mark-right"))).isNotEmpty();
                assertThat(browser.findAll(By.cssSelector("fieldset.answer label .mark-wrong"))).isEmpty();
            }
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                    .as("after a check, focus is on its outcome").isEqualTo("outcome");
            browser.follow(By.cssSelector("button[value=" + (number < 5 ? "next" : "review") + "]"));
        }
        browser.follow(By.cssSelector("form[action$='/submission'] button"));
        assertThat(browser.find(By.cssSelector(".score")).getText()).startsWith("5 of 5 points (100.00%)");

        browser.open("/quizzes/final-magnesium-bisglycinate");
        assertThat(browser.find(By.cssSelector(".facts")).getText())
                .contains("3 allowed; you have used 0, 3 attempts left.", "The highest grade counts.");
        enter(browser.find(By.linkText("Start the quiz")));
        assertThat(browser.find(By.cssSelector(".lede")).getText()).contains("has a time limit of 30 minutes");
        browser.checkAccessibility();
        assertThat(browser.driver().switchTo().activeElement().getText())
                .as("the confirmation starts at its Start button").isEqualTo("Start the attempt");
        enter(browser.find(By.cssSelector("form[action$='/attempts'] button")));
        browser.checkAccessibility();
        assertThat(browser.find(By.cssSelector(".deadline")).getText()).contains("Submit by")
                .as("the countdown replaces what the page said at load").doesNotContain("when this page loaded");

        boolean reloaded = false;
        int answered = 0;
        int earned = 0;
        for (int number = 1; number <= 20; number++) {
            String id = browser.find(By.cssSelector("form.question-form")).getAttribute("data-question");
            // every other question; and an ordering question wherever it comes, as its order counts once saved
            if (number % 2 == 1 || bank.get(id).type() == QuestionType.ORDERING) {
                answerByKeyboard(bank.get(id));
                answered += 1;
                earned += bank.get(id).pointsOrDefault();
            }
            if (number % 2 == 1 && number >= 10 && !reloaded && bank.get(id).type() != QuestionType.ORDERING) {
                // halfway, reload without pressing Save: the answer was already saved as it was given
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver ->
                        driver.findElement(By.cssSelector("[data-save-status]")).getText().equals("Answer saved."));
                browser.driver().navigate().refresh();
                browser.checkAccessibility();
                assertThat(browser.find(By.cssSelector(".progress")).getText())
                        .contains("answered " + answered + " of 20");
                reloaded = true;
            }
            enter(browser.find(By.cssSelector("button[value=" + (number < 20 ? "next" : "review") + "]")));
            browser.checkAccessibility();
        }
        assertThat(reloaded).isTrue();
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("Not answered yet");
        enter(browser.find(By.cssSelector("form[action$='/submission'] button")));
        browser.checkAccessibility();

        String percent = String.format(Locale.ROOT, "%.2f", earned * 5.0) + "%";
        assertThat(browser.find(By.cssSelector(".score")).getText())
                .startsWith(earned + " of 20 points (" + percent + ") · not passed");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Your result: Final quiz: Magnesium Bisglycinate");
        assertThat(browser.find(By.cssSelector(".summary-facts")).getText()).contains("Attempt 1 of", "Time taken");
        assertThat(browser.findAll(By.cssSelector(".question-grid .square-right"))).hasSize(answered);
        assertThat(browser.findAll(By.cssSelector(".question-grid .square-unanswered"))).hasSize(20 - answered);
        WebElement review = browser.find(By.partialLinkText("Review: "));
        String title = review.getText().substring("Review: ".length());
        enter(review);
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        browser.checkAccessibility();

        browser.open("/me/progress");
        assertThat(browser.find(By.xpath("//tr[th/a[text()='Final quiz: Magnesium Bisglycinate']]")).getText())
                .contains(percent + " (not passed)", "the highest grade counts", "1 of 3");
        assertThat(browser.find(By.xpath("//tr[th/a[text()='Check your understanding: The Paradox']]")).getText())
                .as("a quiz not taken yet is listed too").contains("not taken yet", "Take it");
        assertThat(browser.findAll(By.cssSelector(".mastery li"))).isNotEmpty();
    }

    /** Moves focus with Tab alone until the element has it, then presses the key. */
    private void press(WebElement element, CharSequence key) {
        tabTo(element);
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses Enter on a link or submit button and waits for the page it leads to. */
    private void enter(WebElement element) {
        press(element, Keys.ENTER);
        // the old page is gone: Chromium says so with a stale element, or, mid-navigation, with a node
        // that "does not belong to the document"
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver ->
                "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private void tabTo(WebElement element) {
        for (int i = 0; i < 80; i++) {
            if (element.equals(browser.driver().switchTo().activeElement())) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + element.getAttribute("outerHTML"));
    }

    private void type(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Gives the question's right answer using only the keyboard. */
    private void answerByKeyboard(QuestionSpec spec) {
        long attemptId = Long.parseLong(browser.path().replaceAll("/attempts/(\\d+)/.*", "$1"));
        AnswerDto right = ShownIds.answer(attemptId, spec.id(), AnswerDto.from(spec.key().rightAnswer()));
        switch (spec.type()) {
            case SINGLE_CHOICE -> chooseRadio("choice", "c-" + right.choiceId());
            case TRUE_FALSE -> chooseRadio("value", "v-" + right.value());
            case MULTIPLE_RESPONSE -> right.choiceIds().forEach(choice -> press(browser.find(By.id("c-" + choice)), Keys.SPACE));
            case MATCHING -> right.pairs().forEach((item, target) -> {
                tabTo(browser.find(By.id("p-" + item)));
                String text = browser.find(By.cssSelector("#p-" + item + " option[value='" + target + "']")).getText();
                type(text);
            });
            case ORDERING -> {
                for (int position = 0; position < right.order().size(); position++) {
                    while (true) {
                        List<String> shown = browser.findAll(By.cssSelector(".ordering input[name=order]")).stream()
                                .map(input -> input.getAttribute("value")).toList();
                        if (shown.indexOf(right.order().get(position)) <= position) {
                            break;
                        }
                        // in place (quiz.js): no page load; the order is saved with the page
                        press(browser.find(By.cssSelector("button[value='" + right.order().get(position) + ":up']")), Keys.ENTER);
                    }
                }
            }
            case SHORT_ANSWER -> {
                tabTo(browser.find(By.id("text")));
                type(right.text().replace("*", "ine"));
            }
            case NUMERIC -> {
                tabTo(browser.find(By.id("number")));
                type(right.number().toPlainString());
            }
        }
    }

    /** Tab stops on the first radio of a group; arrows move the choice along it. */
    private void chooseRadio(String name, String radioId) {
        List<WebElement> radios = browser.findAll(By.cssSelector("input[type=radio][name=" + name + "]"));
        int index = radios.indexOf(browser.find(By.id(radioId)));
        tabTo(radios.get(0));
        if (index == 0) {
            type(Keys.SPACE);
        }
        for (int i = 0; i < index; i++) {
            type(Keys.ARROW_DOWN);
        }
    }
}
