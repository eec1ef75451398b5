package dev.cofactor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cofactor.web.admin.UploadFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An admin uploads a new version of an article through the text box, reads the preview, and saves it or
 * is told why not; axe on every page, and every page fits a 360 px wide screen.
 */
@QuarkusTest
class ArticleUploadBrowserTest extends BrowserTest {

    private static final String SEED = "magnesium-bisglycinate";

    @Inject
    UploadFixture fixture;

    @Test
    void anEditedSeedArticleThatDropsACitedSectionIsPreviewedAndRefused() throws IOException {
        String renamed = seedMarkdown().replace("### 2. Adjust Timing", "### 2. Time It Right");
        String edited = renamed.substring(0, renamed.indexOf("### 3. Test Your Genes"));
        signInAsAdmin();
        String versionBefore = browser.find(By.cssSelector("#article-" + SEED + " + p.meta")).getText();

        upload(SEED, edited);
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Preview of version ");
        assertThat(browser.find(By.cssSelector("table:has(#renamed-caption)")).getText())
                .contains("2. Adjust Timing", "2. Time It Right", "100 % of the text shared");
        assertThat(browser.find(By.cssSelector("table:has(#removed-caption)")).getText())
                .contains("3. Test Your Genes", "3-test-your-genes");
        assertThat(browser.find(By.cssSelector("table:has(#breaking-caption)")).getText())
                .contains("3-test-your-genes", "This version removes the section.");
        assertThat(browser.find(By.cssSelector("table:has(#following-caption)")).getText()).contains("2-time-it-right");
        assertThat(browser.find(By.tagName("main")).getText()).contains("This version cannot be saved");
        assertThat(browser.findAll(By.cssSelector("form[action='/admin/articles/" + SEED + "']"))).isEmpty();
        browser.resize(360, 800).assertFitsTheWindow();

        browser.follow(By.linkText("Back to the articles"));
        assertThat(browser.find(By.id("article-" + SEED)).getText()).startsWith("Magnesium Bisglycinate");
        assertThat(browser.find(By.cssSelector("#article-" + SEED + " + p.meta")).getText()).isEqualTo(versionBefore);
        browser.assertFitsTheWindow();
    }

    @Test
    void aRenamedSectionIsPreviewedThenSavedWithWhatCitesIt() {
        UploadFixture.Created article = fixture.create();
        signInAsAdmin();

        upload(article.slug(), UploadFixture.RENAMED);
        assertThat(browser.find(By.cssSelector("table:has(#following-caption)")).getText())
                .contains(article.calmQuestion(), article.calmQuiz(), "calming-part", "as version 2");
        assertThat(browser.findAll(By.id("breaking-caption"))).isEmpty();
        browser.resize(360, 800).assertFitsTheWindow();

        browser.follow(By.xpath("//button[normalize-space()='Save as version 2']"));
        assertThat(browser.path()).isEqualTo("/admin/articles");
        assertThat(browser.find(By.cssSelector(".notice")).getText()).contains("Saved: “Upload Check” is now version 2.");
        assertThat(browser.find(By.cssSelector("#article-" + article.slug() + " + p.meta")).getText()).startsWith("Version 2,");
        browser.assertFitsTheWindow();
    }

    private void signInAsAdmin() {
        browser.open("/admin/articles");
        assertThat(browser.path()).isEqualTo("/login");
        browser.find(By.id("email")).sendKeys("admin@cofactor.test");
        browser.find(By.id("password")).sendKeys("cofactor-demo-password");
        browser.follow(By.cssSelector("form.form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/admin/articles");
    }

    /** Opens the article's upload form, types the Markdown into its text box, and asks for the preview. */
    private void upload(String slug, String markdown) {
        browser.find(By.xpath("//section[h2[@id='article-" + slug + "']]//summary")).click();
        WebElement box = browser.find(By.id("markdown-" + slug));
        assertThat(box.isDisplayed()).isTrue();
        box.clear();
        box.sendKeys(markdown);
        browser.follow(By.xpath("//form[@action='/admin/articles/" + slug + "/preview']//button[@type='submit']"));
    }

    private static String seedMarkdown() throws IOException {
        try (InputStream in = ArticleUploadBrowserTest.class.getClassLoader().getResourceAsStream("articles/" + SEED + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
