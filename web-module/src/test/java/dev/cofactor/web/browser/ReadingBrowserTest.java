package dev.cofactor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

@QuarkusTest
class ReadingBrowserTest extends BrowserTest {

    @Test
    void aReaderFollowsTheContentsToASectionAndReadsOnWithNext() {
        browser.open("/")
                .follow(By.linkText("Magnesium Bisglycinate: The Science Behind Its Calming—and Sometimes Stimulating—Effects"));
        assertThat(browser.path()).isEqualTo("/articles/magnesium-bisglycinate");

        browser.follow(By.cssSelector("nav.toc a[href$='/the-brake-pedal-inhibitory-role-in-the-spinal-cord']"));
        assertThat(browser.find(By.tagName("h1")).getText())
                .isEqualTo("The Brake Pedal: Inhibitory Role in the Spinal Cord");
        assertThat(browser.find(By.cssSelector(".prose")).getText()).contains("glycine acts as an inhibitory neurotransmitter");

        browser.follow(By.cssSelector("a[rel=next]"));
        assertThat(browser.path()).isEqualTo("/articles/magnesium-bisglycinate/the-ignition-key-excitatory-role-in-the-brain");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("The Ignition Key: Excitatory Role in the Brain");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndMovesFocusToTheContent() {
        browser.open("/articles/magnesium-bisglycinate/genetic-factors");
        browser.find(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.script("return document.activeElement.textContent")).isEqualTo("Skip to main content");
        assertThat(browser.script("return getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("main");
    }

    @Test
    void everyPageFitsA320PixelScreenWithoutSideways() {
        browser.resize(320, 800);
        for (String path : new String[] {"/", "/articles/magnesium-bisglycinate",
                "/articles/magnesium-bisglycinate/what-to-do-if-you-or-your-child-are-sensitive-to-magnesium-bisglycinate",
                "/articles/magnesium-bisglycinate/no-such-section"}) {
            browser.open(path).assertFitsTheWindow();
        }
    }
}
