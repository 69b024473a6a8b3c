package org.jixiao.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The headless Chromium of the browser tests (Debian's chromium and chromium-driver), in Chinese, and its screenshots. */
final class Browsers {
    private Browsers() {
    }

    static WebDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("jixiao.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1440,1000",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("jixiao.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Into the folder the build names (target/screenshots; docs/screenshots when refreshing the documentation). */
    static void screenshot(WebDriver browser, String name) throws IOException {
        String folder = System.getProperty("jixiao.test.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of(folder, name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
