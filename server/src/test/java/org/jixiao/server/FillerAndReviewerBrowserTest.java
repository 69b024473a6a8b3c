package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The main path in a real browser (Debian Chromium, headless): the unit's filler corrects an actual and sees the
 * row, the total and the grade re-scored in place, submits; the department's reviewer returns it with an opinion;
 * the filler reads the opinion; the finance reviewer's 复核 and overview pages draw their charts; the list's unit picker
 * fills when a department is chosen. Screenshots of the pages go to docs/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
class FillerAndReviewerBrowserTest extends BrowserTestBase {
    private static final String PROJECT = "计算机技术与软件专业资格考试专项资金";
    private static final String OPINION = "合格率偏差原因请补充说明，并附考试成绩统计";


    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "browser");
    }

    private void signOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    /** Ticks 含草稿 on a 复核 or 概览 page and applies the filter. */
    private void includeDrafts(String apply) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("with-drafts"))).click();
        browser.findElement(By.id(apply)).click();
        wait.until(ExpectedConditions.urlContains("drafts=true"));
    }

    private void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBe(by, text));
    }

    @Test
    void a_filler_corrects_the_pass_rate_submits_and_reads_the_reviewers_opinion_after_a_return() throws IOException {
        browser.get(url("/login"));
        screenshot("login");

        signIn("yn-filler");
        screenshot("evaluation-list");
        browser.findElement(By.linkText(PROJECT)).click();
        waitForText(By.id("score-value-2"), "8.37");
        assertThat(browser.findElement(By.id("total-score")).getText()).isEqualTo("93.30");

        WebElement actual = browser.findElement(By.name("indicators[2].actual"));
        actual.clear();
        actual.sendKeys("20");
        waitForText(By.id("score-value-2"), "12.00");
        waitForText(By.id("total-score"), "96.93");
        assertThat(browser.findElement(By.id("total-grade")).getText()).isEqualTo("优");
        assertThat(browser.findElement(By.id("score-value-2")).getAttribute("title")).isEqualTo("15 × 20 / 25 = 12.00");
        screenshot("evaluation-indicators");
        ((ChromeDriver) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("evaluation-form");

        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("total-score")).getText()).isEqualTo("96.93");
        browser.findElement(By.id("tab-review")).click();
        browser.findElement(By.id("action-SUBMIT")).click();
        // warnings still standing are named in a confirmation before the table goes
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("confirm-submit")),
                ExpectedConditions.textToBe(By.id("status"), "已送审")));
        if (!browser.findElements(By.id("confirm-submit")).isEmpty()) {
            browser.findElement(By.id("confirm-submit")).click();
        }
        waitForText(By.id("status"), "已送审");
        String evaluationUrl = browser.getCurrentUrl().replaceAll("\\?.*$", "");
        browser.get(evaluationUrl);
        assertThat(browser.findElements(By.id("save"))).isEmpty();
        assertThat(browser.findElement(By.id("locked")).isDisplayed()).isTrue();
        signOut();

        signIn("yn-reviewer");
        browser.get(url("/evaluations/review"));
        screenshot("waiting-for-review");
        browser.findElement(By.linkText(PROJECT)).click();
        browser.findElement(By.id("tab-review")).click();
        browser.findElement(By.id("opinion")).sendKeys(OPINION);
        screenshot("review-with-opinion");
        browser.findElement(By.id("action-DEPT_RETURN")).click();
        waitForText(By.id("status"), "被退回");
        signOut();

        signIn("yn-filler");
        browser.get(evaluationUrl + "?tab=review");
        WebElement steps = browser.findElement(By.id("workflow-steps"));
        assertThat(steps.getText()).contains(OPINION).contains("云南工信厅审核人").contains("退回");
        screenshot("returned-with-opinion");
        browser.get(evaluationUrl + "?tab=history");
        screenshot("history");
        browser.get(url("/evaluations?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Project self-evaluations");
        screenshot("evaluation-list-en");
        browser.get(url("/evaluations?lang=zh"));
    }

    @Test
    void a_typed_actual_that_restates_its_target_is_flagged_on_its_row_and_the_finance_reviewer_ranks_by_gap()
            throws IOException {
        signIn("yn-filler");
        browser.findElement(By.linkText(PROJECT)).click();
        WebElement actual = browser.findElement(By.name("indicators[2].actual"));
        actual.clear();
        actual.sendKeys(">=25%");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#findings-row-2 li[data-code='ACTUAL_RESTATES_TARGET']")));
        ((ChromeDriver) browser).executeScript("document.getElementById('row-2').scrollIntoView({block: 'center'})");
        screenshot("finding-on-its-row");
        signOut();

        signIn("yn-finance");
        browser.findElement(By.id("nav-recheck")).click();
        includeDrafts("recheck-apply"); // the demo's tables are drafts: 复核 counts submitted ones unless asked
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recheck-list")));
        assertThat(browser.findElement(By.id("recheck-list")).getText()).contains(PROJECT);
        assertThat(browser.findElement(By.id("summary-tables")).getText()).isNotBlank();
        waitForCharts("chart-grades", "chart-gaps");
        assertThat(browser.findElement(By.id("grade-distribution")).isDisplayed()).isFalse();
        screenshot("recheck");

        browser.findElement(By.id("nav-overview")).click();
        includeDrafts("overview-apply");
        waitForCharts("chart-grades", "chart-gaps", "chart-children-grades", "chart-children-gaps");
        assertThat(browser.findElement(By.id("overview-children")).getText()).contains("云南省工业和信息化厅");
        screenshot("overview");
        signOut();
    }

    @Test
    void the_unit_picker_fills_with_the_units_of_the_department_chosen() {
        signIn("admin");
        WebElement units = browser.findElement(By.id("filter-unit"));
        assertThat(units.findElements(By.tagName("option"))).hasSize(1);
        new Select(browser.findElement(By.id("filter-department"))).selectByVisibleText("闵行区科学技术委员会");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filter-unit"), "上海市闵行区信息中心"));
        assertThat(browser.findElement(By.id("filter-unit")).getText()).doesNotContain("云南省信息技术发展中心");
        new Select(browser.findElement(By.id("filter-unit"))).selectByVisibleText("上海市闵行区信息服务中心");
        browser.findElement(By.id("filter-apply")).click();
        wait.until(ExpectedConditions.urlContains("unitId="));
        assertThat(new Select(browser.findElement(By.id("filter-unit"))).getFirstSelectedOption().getText())
                .isEqualTo("上海市闵行区信息服务中心");
        assertThat(browser.findElement(By.id("evaluation-list")).getText()).contains("上海市闵行区信息服务中心")
                .doesNotContain("云南省");
        signOut();
    }

    /** The charts drawn by ECharts from the page's JSON: each place holds a canvas. */
    private void waitForCharts(String... ids) {
        for (String id : ids) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " canvas")));
        }
    }

    private static void screenshot(String name) throws IOException {
        Browsers.screenshot(browser, name);
    }
}
