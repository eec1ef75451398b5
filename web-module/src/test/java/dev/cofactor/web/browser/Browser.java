package dev.cofactor.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, never a downloaded one) for browser tests. Every page it
 * visits is checked with axe-core against WCAG 2.0/2.1/2.2 A and AA and must have no violations.
 */
public final class Browser implements AutoCloseable {

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

    private static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final URI root;
    private final Path profile;

    public Browser(URI root) {
        this(root, true);
    }

    /**
     * A browser that runs none of the app's scripts: they are all files (the Content-Security-Policy allows no
     * other), and this browser blocks every {@code .js} request. Turning JavaScript off in Chromium's settings
     * would stop axe too, which the driver runs in the page.
     */
    public static Browser withoutJavaScript(URI root) {
        return new Browser(root, false);
    }

    private Browser(URI root, boolean javaScript) {
        this.root = root;
        try {
            this.profile = Files.createTempDirectory("cofactor-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL")); // to see the CSP's refusals
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        if (!javaScript) {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*.js")));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Opens a path of the app under test and checks the page with axe. */
    public Browser open(String path) {
        driver.get(root.resolve(path).toString());
        return checkAccessibility();
    }

    /** Follows the link with this exact text, then checks the page it leads to. */
    public Browser follow(By link) {
        driver.findElement(link).click();
        return checkAccessibility();
    }

    /** Presses Enter in a field, as people submit forms, waits for the page the form leads to, and checks it. */
    public Browser pressEnter(By field) {
        WebElement typedIn = driver.findElement(field);
        typedIn.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(typedIn));
        return checkAccessibility();
    }

    /**
     * Checks the page with axe, and that the browser refused nothing under the Content-Security-Policy
     * (every page is served with it: an inline script or style would show up here).
     */
    public Browser checkAccessibility() {
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to")).toList();
        assertThat(refused).as("CSP refusals on %s", driver.getCurrentUrl()).isEmpty();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getViolations())
                .as("axe violations on %s:%n%s", driver.getCurrentUrl(), describe(results.getViolations()))
                .isEmpty();
        return this;
    }

    /** Fails when the page is wider than the window, so a reader would have to scroll sideways. */
    public Browser assertFitsTheWindow() {
        Object overflow = script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", path()).isLessThanOrEqualTo(0);
        return this;
    }

    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public Object script(String javascript) {
        return driver.executeScript(javascript);
    }

    public ChromeDriver driver() {
        return driver;
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
