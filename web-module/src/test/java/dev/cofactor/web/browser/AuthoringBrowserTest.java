package dev.cofactor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin writes a question of every type in the editor, previews each, puts them in a new quiz and
 * previews that; a learner then takes the quiz and gets every answer right. Axe checks each page.
 */
@QuarkusTest
class AuthoringBrowserTest extends BrowserTest {

    private static final String PASSWORD = "cofactor-demo-password";

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    /** One question per type: what to type into the editor, and what its preview must show as the right answer. */
    private record Authored(String type, String stem, Consumer<Browser> fill, String rightAnswer) {
    }

    private final List<Authored> questions = List.of(
            new Authored("single_choice", "Which messenger is **inhibitory**?", b -> {
                type(b, "choice-0", "GABA");
                type(b, "choice-1", "Glutamate");
                b.find(By.cssSelector("label[for=correct-0]")).click();
                type(b, "choice-feedback-1", "Glutamate *excites*.");
            }, "GABA"),
            new Authored("multiple_response", "Which two play the tug-of-war?", b -> {
                type(b, "choice-0", "Magnesium");
                type(b, "weight-0", "50");
                type(b, "choice-1", "Glycine");
                type(b, "weight-1", "50");
                type(b, "choice-2", "Serotonin");
                type(b, "weight-2", "-100");
            }, "Magnesium; Glycine"),
            new Authored("true_false", "Magnesium boosts GABA activity.", b -> {
                b.find(By.cssSelector("label[for=correct-true]")).click();
                type(b, "falseFeedback", "It does: it binds the GABA-A receptor.");
            }, "True"),
            new Authored("matching", "Match each gene to its role.", b -> {
                type(b, "item-0", "GRIN2A");
                type(b, "match-0", "NMDA receptor subunit");
                type(b, "item-1", "SLC6A9");
                type(b, "match-1", "Glycine transporter");
                type(b, "distractor-0", "GABA receptor");
            }, "GRIN2A → NMDA receptor subunit"),
            new Authored("ordering", "Put the steps in order.", b -> {
                type(b, "item-0", "Glycine binds");
                type(b, "item-1", "The channel opens");
                type(b, "item-2", "Calcium flows in");
            }, "Glycine binds → The channel opens → Calcium flows in"),
            new Authored("short_answer", "Where does magnesium bind?", b -> {
                type(b, "accepted-0", "benzodiazepine*");
                type(b, "accepted-weight-0", "100");
            }, "benzodiazepine*"),
            new Authored("numeric", "How many numbered alternatives are listed?", b -> type(b, "value", "3"), "3"));

    @Test
    void anAdminWritesEveryTypeAndALearnerAnswersThemAll() {
        signIn("admin@cofactor.test");
        browser.follow(By.linkText("Admin")).follow(By.linkText("Questions")).follow(By.linkText("New question"));
        for (Authored question : questions) {
            browser.open("/admin/questions/new");
            browser.follow(By.cssSelector("a[href='/admin/questions/new?type=" + question.type() + "']"));
            type(browser, "id", id(question));
            new Select(browser.find(By.id("evidence"))).selectByValue("magnesium-bisglycinate#boosting-gaba-activity");
            type(browser, "stem", question.stem());
            question.fill().accept(browser);
            if (question.type().equals("single_choice")) { // with JavaScript on, the preview follows the typing
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> driver.findElement(
                        By.cssSelector("[data-preview-body]")).getText().contains("Right answer: GABA"));
            }
            browser.follow(By.cssSelector("button[value=preview]"));
            WebElement preview = browser.find(By.cssSelector(".question-preview"));
            assertThat(preview.getText()).contains(question.stem().replace("**", ""));
            assertThat(browser.find(By.cssSelector(".preview-pane")).getText()).contains("Right answer:", question.rightAnswer());
            browser.follow(By.cssSelector("button[value=save]"));
            assertThat(browser.find(By.cssSelector(".notice")).getText()).isEqualTo("Saved. This is version 1.");
        }
        assertThat(browser.find(By.cssSelector(".preview-pane")).getText()).contains("How many numbered alternatives");
        browser.open("/admin/questions/" + id(questions.get(0)));
        assertThat(browser.find(By.cssSelector(".question-preview strong")).getText()).isEqualTo("inhibitory");
        assertThat(browser.find(By.cssSelector(".preview-pane")).getText()).contains("If chosen: Glutamate", "Glutamate excites.");
        browser.find(By.cssSelector("label[for=correct-1]")).click(); // a second version: the right choice moves
        browser.follow(By.cssSelector("button[value=save]"));
        browser.follow(By.partialLinkText("History of 2 versions"));
        assertThat(browser.find(By.cssSelector("table.diff tbody")).getText()).contains("Choice glutamate changed");
        browser.follow(By.cssSelector("form[action$='/restore'] button"));
        assertThat(browser.find(By.cssSelector(".notice")).getText()).isEqualTo("Restored as version 3.");
        browser.open("/admin/questions/" + id(questions.get(0)));
        type(browser, "stem", " ");
        browser.follow(By.cssSelector("button[value=save]"));
        assertThat(browser.find(By.id("stem-error")).getText()).contains("Write the question's stem");

        browser.open("/admin/questions/import");
        type(browser, "text", "// [evidence:magnesium-bisglycinate#boosting-gaba-activity]\n::Imported " + run
                + "::Magnesium boosts GABA activity. {T}\n\n::Essay::Explain. {}");
        browser.follow(By.cssSelector("button[value=preview]"));
        assertThat(browser.find(By.id("report-title")).getText()).isEqualTo("Ready to import");
        assertThat(browser.find(By.cssSelector("button[value=import]")).getText()).isEqualTo("Import 1 question");

        browser.open("/admin/quizzes").follow(By.cssSelector("a[href='/admin/quizzes/new?article=magnesium-bisglycinate']"));
        type(browser, "slug", "authored-" + run);
        type(browser, "title", "Authored quiz " + run);
        type(browser, "pickText", "authored-" + run);
        browser.pressEnter(By.id("pickText")); // filters, and saves nothing yet
        assertThat(browser.path()).isEqualTo("/admin/quizzes/new");
        assertThat(browser.findAll(By.cssSelector(".error-summary, .notice"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("input[name=add]"))).hasSize(questions.size());
        for (Authored question : questions) {
            browser.find(By.cssSelector("label[for=add-" + id(question) + "]")).click();
        }
        browser.follow(By.cssSelector("button[value=add]"));
        assertThat(browser.findAll(By.cssSelector("input[name=question]"))).hasSize(questions.size());
        browser.follow(By.cssSelector("button[value='down:" + id(questions.get(0)) + "']"));
        browser.follow(By.cssSelector("button[value='up:" + id(questions.get(0)) + "']"));
        browser.follow(By.cssSelector("button[value=save]"));
        assertThat(browser.find(By.cssSelector(".notice")).getText()).isEqualTo("The quiz was saved.");
        browser.follow(By.linkText("Preview as a learner sees it"));
        assertThat(browser.findAll(By.cssSelector(".question-preview"))).hasSize(questions.size());
        browser.resize(360, 800).assertFitsTheWindow().resize(1280, 900);
        browser.find(By.cssSelector("form[action='/logout'] button")).click();

        signIn("learner2@cofactor.test");
        browser.open("/quizzes/authored-" + run).follow(By.cssSelector("form[action$='/attempts'] button"));
        for (int number = 1; number <= questions.size(); number++) {
            String shown = browser.find(By.cssSelector("form.question-form")).getAttribute("data-question");
            answer(questions.stream().filter(question -> id(question).equals(shown)).findFirst().orElseThrow());
            browser.follow(By.cssSelector("button[value=" + (number < questions.size() ? "next" : "review") + "]"));
        }
        browser.follow(By.cssSelector("form[action$='/submission'] button"));
        assertThat(browser.find(By.cssSelector(".score")).getText()).startsWith("7 of 7 points (100.00%)");
    }

    /** Gives the right answer the way a learner does, on the question's page. */
    private void answer(Authored question) {
        switch (question.type()) {
            case "single_choice" -> label("GABA").click();
            case "multiple_response" -> List.of("Magnesium", "Glycine").forEach(choice -> label(choice).click());
            case "true_false" -> label("True").click();
            case "matching" -> Map.of("GRIN2A", "NMDA receptor subunit", "SLC6A9", "Glycine transporter")
                    .forEach((item, target) -> new Select(browser.find(By.id(label(item).getAttribute("for"))))
                            .selectByVisibleText(target));
            case "ordering" -> {
                List<String> right = List.of("Glycine binds", "The channel opens", "Calcium flows in");
                for (int position = 0; position < right.size(); position++) {
                    while (shownOrder().indexOf(right.get(position)) > position) {
                        int at = shownOrder().indexOf(right.get(position));
                        browser.follow(By.xpath("(//ol[@class='ordering']/li)[" + (at + 1) + "]//button[text()='Move up']"));
                    }
                }
                List<WebElement> keep = browser.findAll(By.cssSelector("button[value=keep]"));
                if (!keep.isEmpty()) {
                    browser.follow(By.cssSelector("button[value=keep]"));
                }
            }
            case "short_answer" -> browser.find(By.id("text")).sendKeys("benzodiazepine site");
            case "numeric" -> browser.find(By.id("number")).sendKeys("3");
            default -> throw new IllegalArgumentException(question.type());
        }
    }

    /** The ordering question's steps as the page shows them, top first. */
    private List<String> shownOrder() {
        return browser.findAll(By.cssSelector(".ordering .ordering-text")).stream().map(WebElement::getText).toList();
    }

    /** The label a learner reads, by its text (the ids behind it are the attempt's own). */
    private WebElement label(String text) {
        return browser.find(By.xpath("//form[contains(@class,'question-form')]//label[normalize-space()='" + text + "']"));
    }

    private String id(Authored question) {
        return "authored-" + run + "-" + question.type().replace('_', '-');
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String email) {
        browser.open("/login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        browser.follow(By.cssSelector("form.form button[type=submit]"));
    }
}
