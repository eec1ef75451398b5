package dev.cofactor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

@QuarkusTest
class AccountBrowserTest extends BrowserTest {

    private void type(String field, String text) {
        WebElement input = browser.find(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void aLearnerSignsUpSignsOutAndSignsInAgain() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        browser.open("/").follow(By.linkText("Sign up"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Create a learner account");

        type("displayName", "Robin Reader");
        type("email", email);
        type("password", "too short");
        browser.follow(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.find(By.id("password-error")).getText()).contains("at least 12 characters");
        assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo(email);

        type("password", "a sufficiently long password");
        browser.follow(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find(By.cssSelector(".notice")).getText()).contains("Your account is ready");

        type("email", email);
        type("password", "a sufficiently long password");
        browser.follow(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.find(By.cssSelector("nav[aria-label=Main]")).getText()).contains("Robin Reader", "Sign out");

        browser.follow(By.cssSelector("nav[aria-label=Main] button.link-button"));
        assertThat(browser.find(By.cssSelector(".notice")).getText()).isEqualTo("You are signed out.");
        assertThat(browser.find(By.cssSelector("nav[aria-label=Main]")).getText()).contains("Sign in")
                .doesNotContain("Robin Reader");

        type("email", email);
        type("password", "the wrong password");
        browser.follow(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("Email or password is wrong");

        type("email", email);
        type("password", "a sufficiently long password");
        browser.follow(By.cssSelector("form.form button[type=submit]"));
        browser.follow(By.linkText("Robin Reader"));
        assertThat(browser.find(By.cssSelector(".facts")).getText()).contains(email, "Learner");
    }

    @Test
    void anAdminSeesTheUsersPageAndIsSentBackThereAfterSigningIn() {
        browser.open("/admin/users");
        assertThat(browser.path()).isEqualTo("/login");
        type("email", "admin@cofactor.test");
        type("password", "cofactor-demo-password");
        browser.follow(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/admin/users");
        assertThat(browser.find(By.cssSelector("table.accounts")).getText()).contains("learner@cofactor.test");

        browser.follow(By.cssSelector("form[action='/admin/users'] button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).contains("There is a problem");

        browser.follow(By.linkText("Admin"));
        browser.follow(By.linkText("Audit log"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Audit log");
        assertThat(browser.find(By.cssSelector("table.accounts")).getText()).contains("question.version", "nobody");

        browser.resize(320, 800).open("/admin/users").assertFitsTheWindow();
        browser.open("/admin/audit").assertFitsTheWindow();
        browser.open("/admin").assertFitsTheWindow();
        browser.open("/account").assertFitsTheWindow();
    }
}
