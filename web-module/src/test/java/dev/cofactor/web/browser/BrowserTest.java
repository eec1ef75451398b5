package dev.cofactor.web.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh headless Chromium for each browser test, pointed at the app under test. */
abstract class BrowserTest {

    @TestHTTPResource("/")
    URI root;

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(root);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }
}
