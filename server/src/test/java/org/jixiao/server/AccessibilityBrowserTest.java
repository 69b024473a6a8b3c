package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * axe-core finds no violation of WCAG 2.1 AA on the main pages, in Chinese and in English: the list, the form being
 * filled, the review, 复核, 概览, 工作台, 公开 (its list and a table), 组织机构.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
class AccessibilityBrowserTest extends BrowserTestBase {
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "a11y");
    }

    private final Map<String, List<String>> found = new LinkedHashMap<>();

    private void check(String name, String path, By ready) {
        browser.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
        List<String> v = Accessibility.violations(browser);
        if (!v.isEmpty()) {
            found.put(name + " " + path, v);
        }
    }

    private void signOut() {
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private long demoTable(String project) {
        return jdbc.sql("SELECT MIN(id) FROM evaluation WHERE project = :p").param("p", project).query(Long.class).single();
    }

    @Test
    void the_main_pages_have_no_wcag_21_aa_violation() {
        long table = demoTable("计算机技术与软件专业资格考试专项资金");
        browser.get(url("/login?lang=zh"));
        check("login", "/login", By.id("login-submit"));
        signInToWorkbench("yn-filler");
        check("工作台 (filler)", "/workbench", By.id("todo"));
        check("list", "/evaluations", By.id("list-total"));
        check("form", "/evaluations/" + table, By.id("evaluation-form"));
        check("form history", "/evaluations/" + table + "?tab=history", By.id("history"));
        check("messages", "/messages", By.tagName("h1"));
        signOut();
        signInToWorkbench("yn-reviewer");
        check("工作台 (reviewer)", "/workbench", By.id("progress-table"));
        check("待我审核", "/evaluations/review", By.id("list-total"));
        check("review", "/evaluations/" + table + "?tab=review", By.id("review"));
        check("read-only form", "/evaluations/" + table, By.id("evaluation-sheet"));
        signOut();
        signInToWorkbench("yn-finance");
        check("复核", "/recheck?drafts=true", By.id("recheck-list"));
        check("概览", "/overview?drafts=true", By.id("overview-children"));
        check("organisations", "/organisations", By.tagName("h1"));
        signOut();
        signInToWorkbench("admin");
        check("organisations (admin)", "/organisations", By.tagName("h1"));
        signOut();
        check("公开", "/public", By.tagName("h1"));
        assertThat(report()).isEmpty();
    }

    @Test
    void the_english_pages_have_none_either() {
        long table = demoTable("计算机技术与软件专业资格考试专项资金");
        browser.get(url("/login?lang=en"));
        signInToWorkbench("yn-filler");
        check("workbench", "/workbench", By.id("todo"));
        check("list", "/evaluations", By.id("list-total"));
        check("form", "/evaluations/" + table, By.id("evaluation-form"));
        signOut();
        signInToWorkbench("yn-finance");
        check("recheck", "/recheck?drafts=true", By.id("recheck-list"));
        signOut();
        browser.get(url("/login?lang=zh"));
        assertThat(report()).isEmpty();
    }

    private List<String> report() {
        List<String> report = new ArrayList<>();
        found.forEach((page, v) -> v.forEach(line -> report.add(page + " → " + line)));
        found.clear();
        return report;
    }
}
