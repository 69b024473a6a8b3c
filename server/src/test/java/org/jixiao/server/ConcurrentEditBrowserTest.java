package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two people edit one form in two browsers and both save: the second is told of the first's save, gets a form that
 * holds the first's value beside their own, saves again, and neither change is lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
class ConcurrentEditBrowserTest extends BrowserTestBase {
    private static final String PROJECT = "计算机技术与软件专业资格考试专项资金";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "concurrent");
    }

    private static void retype(WebDriver driver, String field, String value) {
        WebElement input = driver.findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
    }

    @Test
    void the_second_of_two_people_saving_one_form_keeps_the_firsts_value() {
        signIn("yn-filler");
        browser.findElement(By.linkText(PROJECT)).click();
        String form = browser.getCurrentUrl().replaceAll("\\?.*$", "");

        WebDriver second = Browsers.open();
        try {
            WebDriverWait secondWait = new WebDriverWait(second, Duration.ofSeconds(30));
            second.get(url("/login"));
            second.findElement(By.id("username")).sendKeys("admin");
            second.findElement(By.id("password")).sendKeys("demo");
            second.findElement(By.id("login-submit")).click();
            secondWait.until(ExpectedConditions.urlContains("/workbench"));
            second.get(form);
            secondWait.until(ExpectedConditions.presenceOfElementLocated(By.name("indicators[3].actual")));

            retype(browser, "indicators[2].actual", "20");
            browser.findElement(By.id("save")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));

            retype(second, "notes", "复核前补充说明");
            second.findElement(By.id("save")).click();
            secondWait.until(ExpectedConditions.presenceOfElementLocated(By.id("conflict")));
            assertThat(second.findElement(By.name("indicators[2].actual")).getAttribute("value")).isEqualTo("20");
            assertThat(second.findElement(By.name("notes")).getAttribute("value")).isEqualTo("复核前补充说明");
            second.findElement(By.id("save")).click();
            secondWait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
            assertThat(second.findElement(By.name("indicators[2].actual")).getAttribute("value")).isEqualTo("20");
            assertThat(second.findElement(By.name("notes")).getAttribute("value")).isEqualTo("复核前补充说明");
        } finally {
            second.quit();
        }
        browser.get(form);
        assertThat(browser.findElement(By.name("indicators[2].actual")).getAttribute("value")).isEqualTo("20");
        assertThat(browser.findElement(By.id("total-score")).getText()).isEqualTo("96.93");
    }
}
