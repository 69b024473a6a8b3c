package org.jixiao.server;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser test starts from: one headless Chromium per class ({@link Browsers}), the server's URLs, signing in. */
abstract class BrowserTestBase {
    static WebDriver browser;
    static WebDriverWait wait;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.open();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in as a demo user (password "demo") and goes on from the 工作台, where one lands, to the evaluation list. */
    void signIn(String username) {
        signInToWorkbench(username);
        browser.get(url("/evaluations"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-total")));
    }

    /** Signs in as a demo user (password "demo") and waits for the 工作台, every role's home page. */
    void signInToWorkbench(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.urlContains("/workbench"));
    }
}
