package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The front half of the year in a real browser: the unit declares its goals (a missing 效益 indicator is an error
 * beside the form and blocks 送审), fixes them and submits; the department and finance approve; the unit makes its
 * self-evaluation from the approved goals; an adjustment changes one target and deletes one indicator and is
 * approved; the evaluation shows 年初 and 调整后 targets and the deleted one excluded; the unit fills the actuals and
 * submits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
class DeclarationBrowserTest extends BrowserTestBase {
    private static final String PROJECT = "数据中心运维人员培训项目";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "declbrowser");
    }

    private void signOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void type(String id, String text) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }

    private void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    private void indicator(int k, String name, String operator, String target, String unit) {
        type("name-" + k, name);
        choose("operator-" + k, operator);
        type("target-" + k, target);
        type("unit-" + k, unit);
        type("standard-" + k, "按完成比例计分");
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    @Test
    void a_unit_declares_its_goals_has_them_approved_and_adjusted_and_fills_the_evaluation_made_from_them() throws IOException {
        signIn("yn-filler");
        browser.get(url("/declarations/new"));
        type("project", PROJECT);
        type("year", "2026");
        type("funding-total", "80");
        type("funding-fiscal", "80");
        type("goalsAnnual", "培训数据中心运维人员 500 人次，按期完成，参训人员满意");
        indicator(0, "培训人次", ">=", "500", "人次");
        indicator(1, "培训合格率", ">=", "90", "%");
        indicator(2, "按期完成率", "=", "100", "%");
        indicator(3, "人均培训成本", "<=", "300", "元");
        indicator(5, "参训人员满意度", ">=", "90", "%");
        // the 效益 row taken out: the error stands beside the form as it is typed
        click("remove-4");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings-table"), "申报表没有效益指标"));
        Browsers.screenshot(browser, "declaration-missing-benefit");
        click("save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        String declaration = browser.getCurrentUrl();
        click("submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-blocked")));
        assertThat(browser.findElement(By.id("submit-blocked")).getText()).contains("申报表没有效益指标");
        assertThat(browser.findElement(By.id("declaration-status")).getText()).isEqualTo("草稿");

        // fixed: a 社会效益 indicator added, the error gone as it is typed, saved and submitted
        click("add-row");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name-5")));
        choose("level1-5", "效益指标");
        choose("level2-5", "社会效益指标");
        indicator(5, "持证上岗人数", ">=", "400", "人");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "申报表没有效益指标")));
        click("save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        Browsers.screenshot(browser, "declaration-form");
        click("submit");
        wait.until(ExpectedConditions.textToBe(By.id("declaration-status"), "已送审"));
        signOut();

        // the department and finance approve; finance's approval is final and makes version 1
        signIn("yn-reviewer");
        browser.get(declaration + "?tab=review");
        click("action-DEPT_APPROVE");
        wait.until(ExpectedConditions.textToBe(By.id("declaration-status"), "主管部门已审核"));
        signOut();
        signIn("yn-finance");
        browser.get(declaration + "?tab=review");
        choose("goal-grade-choice", "优");
        click("action-FINANCE_APPROVE");
        wait.until(ExpectedConditions.textToBe(By.id("declaration-status"), "已批复"));
        assertThat(browser.findElement(By.id("approved-version")).getText()).contains("1");
        signOut();

        // the unit makes its self-evaluation from the approved goals: targets and weights locked
        signIn("yn-filler");
        browser.get(declaration + "?tab=versions");
        click("generate-evaluation");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-declaration")));
        String evaluation = browser.getCurrentUrl();
        assertThat(browser.findElement(By.name("indicators[0].targetValue")).getAttribute("readonly")).isNotNull();
        assertThat(browser.findElement(By.name("indicators[0].weight")).getAttribute("readonly")).isNotNull();
        assertThat(browser.findElements(By.id("add-row"))).isEmpty();

        // an adjustment changes the first target and deletes the cost indicator
        browser.get(declaration + "?tab=versions");
        click("new-adjustment");
        type("adjust-goals", "培训数据中心运维人员 400 人次");
        type("adjust-explanation", "年中预算调整，培训规模缩减");
        choose("change-0", "MODIFY");
        type("adjust-target-0", "400");
        choose("change-3", "DELETE");
        click("save-adjustment");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("adjustment-action-SUBMIT")));
        String adjustment = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("asked")).getText()).contains("人均培训成本").contains("400");
        click("adjustment-action-SUBMIT");
        wait.until(ExpectedConditions.textToBe(By.id("adjustment-status"), "已送审"));
        signOut();
        for (String[] step : List.of(new String[] {"yn-reviewer", "DEPT_APPROVE", "主管部门已审核"},
                new String[] {"yn-finance", "FINANCE_APPROVE", "已批复"})) {
            signIn(step[0]);
            browser.get(adjustment);
            click("adjustment-action-" + step[1]);
            wait.until(ExpectedConditions.textToBe(By.id("adjustment-status"), step[2]));
            signOut();
        }

        // the evaluation follows: 年初 and 调整后 targets, the deleted indicator excluded, not missing
        signIn("yn-filler");
        browser.get(evaluation);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("original-target-0")));
        assertThat(browser.findElement(By.id("original-target-0")).getText()).contains("年初").contains("500");
        assertThat(browser.findElement(By.name("indicators[0].targetValue")).getAttribute("value")).isEqualTo("400");
        assertThat(browser.findElement(By.id("excluded-3")).getText()).isEqualTo("调整剔除");
        assertThat(browser.findElement(By.name("indicators[3].name")).getText()).isEqualTo("人均培训成本");
        Browsers.screenshot(browser, "evaluation-from-declaration");

        // the unit fills the actuals and submits
        String[] actuals = {"420", "95", "100", null, "93", "410"};
        for (int k = 0; k < actuals.length; k++) {
            if (actuals[k] != null) {
                WebElement a = browser.findElement(By.name("indicators[" + k + "].actual"));
                a.clear();
                a.sendKeys(actuals[k]);
            }
        }
        click("save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        click("tab-review");
        click("action-SUBMIT");
        wait.until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("confirm-submit")),
                ExpectedConditions.textToBe(By.id("status"), "已送审")));
        if (!browser.findElements(By.id("confirm-submit")).isEmpty()) {
            click("confirm-submit");
        }
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已送审"));

        // submitted, the table reads as printed: the adjusted target with its original, the deleted row excluded
        browser.get(evaluation);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("row-0")));
        assertThat(browser.findElement(By.id("row-0")).getText()).contains("调整后：>=400人次（年初：>=500人次）");
        assertThat(browser.findElement(By.id("row-3")).getText()).contains("人均培训成本").contains("调整剔除");
        Browsers.screenshot(browser, "evaluation-from-declaration-submitted");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }
}
