package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reviewer's day in a real browser: the department reviewer opens the 工作台, follows the count of tables waiting,
 * approves three at once and returns one with an opinion; the filler of the returned one finds it on their 工作台
 * with the opinion, and an unread message in the menu bar. axe-core finds nothing on the pages on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
class WorkbenchBrowserTest extends BrowserTestBase {
    private static final String PROJECT = "计算机技术与软件专业资格考试专项资金";
    private static final String OPINION = "请补充考试成绩统计表作为佐证材料";

    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JixiaoUserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "workday");
    }

    private long submittedCopy() {
        CurrentUser filler = users.loadUserByUsername("yn-filler");
        long demo = jdbc.sql("SELECT MIN(id) FROM evaluation WHERE project = :p").param("p", PROJECT).query(Long.class).single();
        StoredEvaluation source = evaluations.get(demo, users.loadUserByUsername("admin"));
        long id = evaluations.create(source.form(), source.schemeId(), source.organisationId(), filler, AuditSource.SCREEN, "test");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), users.loadUserByUsername("yn-filler"));
        return id;
    }

    private void tick(long id) {
        WebElement box = browser.findElement(By.id("pick-" + id));
        if (!box.isSelected()) {
            box.click();
        }
    }

    private void noViolations() {
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void a_reviewer_approves_three_at_once_returns_one_and_its_filler_reads_the_opinion_on_the_workbench() throws IOException {
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            ids.add(submittedCopy());
        }

        signInToWorkbench("yn-reviewer");
        WebElement count = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-count-toReview")));
        assertThat(count.getText()).isEqualTo("共 4 件");
        noViolations();
        Browsers.screenshot(browser, "workbench-reviewer");
        count.click();
        wait.until(ExpectedConditions.urlContains("/evaluations/review"));
        for (long id : ids.subList(0, 3)) {
            tick(id);
        }
        Browsers.screenshot(browser, "batch-review");
        browser.findElement(By.id("batch-DEPT_APPROVE")).click();
        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-results")));
        assertThat(results.findElements(By.cssSelector("tr[data-ok='true']"))).hasSize(3);
        assertThat(results.getText()).contains("已办理 3 件，未办理 0 件");
        noViolations();

        tick(ids.get(3));
        browser.findElement(By.id("batch-opinion")).sendKeys(OPINION);
        browser.findElement(By.id("batch-DEPT_RETURN")).click();
        // the first batch's results stand on the page until the answer replaces them: wait for them to go first
        wait.until(ExpectedConditions.stalenessOf(results));
        results = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-results")));
        assertThat(results.findElements(By.cssSelector("tr[data-ok='true']"))).hasSize(1);
        assertThat(results.findElement(By.cssSelector("tr[data-id='" + ids.get(3) + "']")).getText()).contains("已办理");
        assertThat(browser.findElements(By.id("evaluation-list"))).isEmpty(); // nothing of this reviewer's waits any more
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        signInToWorkbench("yn-filler");
        WebElement returned = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-returned")));
        assertThat(returned.getText()).contains(PROJECT).contains(OPINION);
        assertThat(returned.findElement(By.cssSelector("a[href$='/evaluations/" + ids.get(3) + "?tab=review']"))).isNotNull();
        assertThat(browser.findElement(By.id("unread-count")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("unread-messages")).getText()).contains("被 云南工信厅审核人 退回").contains(OPINION);
        noViolations();
        Browsers.screenshot(browser, "workbench-filler");
    }
}
