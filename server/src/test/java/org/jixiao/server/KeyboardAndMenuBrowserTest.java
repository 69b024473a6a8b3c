package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The working day without a mouse: a filler signs in, opens a table from the list, fills an actual, saves and submits
 * it, and a reviewer approves it from 待我审核 — Tab, Enter and Space only, every stop with a visible focus. And the
 * menu bar of every role fits one line of a 1280-pixel window, in English as in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
class KeyboardAndMenuBrowserTest extends BrowserTestBase {
    private static final String PROJECT = "计算机技术与软件专业资格考试专项资金";
    private static final String COPY = "键盘填报的资格考试专项资金";

    @Autowired
    EvaluationService evaluations;
    @Autowired
    JixiaoUserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "keyboard");
    }

    /** A draft of the filler's, under a name of its own so the list's search finds it alone. */
    private long draftCopy() {
        long demo = jdbc.sql("SELECT MIN(id) FROM evaluation WHERE project = :p").param("p", PROJECT).query(Long.class).single();
        StoredEvaluation source = evaluations.get(demo, users.loadUserByUsername("admin"));
        SelfEvaluation form = source.form();
        Header h = form.header();
        SelfEvaluation renamed = new SelfEvaluation(new Header(COPY, h.department(), h.unit(), h.year(), h.currencyUnit(),
                h.preparedBy(), h.disclosureNo(), h.kind()), form.funding(), form.goals(), form.indicators(),
                form.reportedIndicatorWeightSum(), form.reportedIndicatorScoreSum(), form.reportedMaxTotal(),
                form.reportedTotal(), form.reportedGrade(), form.notes(), form.layout(), form.line());
        return evaluations.create(renamed, source.schemeId(), source.organisationId(), users.loadUserByUsername("yn-filler"),
                AuditSource.SCREEN, "test");
    }

    private Actions keys() {
        return new Actions(browser);
    }

    /** What has the focus: its tag, id, name, href and text, as one map. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const e = document.activeElement, s = getComputedStyle(e);
                const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                return {tag: e.tagName.toLowerCase(), id: e.id || '', name: e.getAttribute('name') || '',
                        href: e.getAttribute('href') || '', text: (e.textContent || '').trim(),
                        visible: e.matches(':focus-visible') && (outlined || s.boxShadow !== 'none')};""");
    }

    /** Presses Tab until the focus is on what the test looks for, and sees that the focus shows on each stop. */
    private void tabTo(String what, Predicate<Map<String, Object>> target) {
        for (int presses = 0; presses < 400; presses++) {
            keys().sendKeys(Keys.TAB).perform();
            Map<String, Object> at = focused();
            if ("body".equals(at.get("tag"))) {
                continue; // the focus between the page's last stop and its first, in the browser's own controls
            }
            assertThat(at.get("visible")).as("a visible focus on %s", at).isEqualTo(true);
            if (target.test(at)) {
                return;
            }
        }
        fail("Tab never reached " + what);
    }

    private static Predicate<Map<String, Object>> id(String id) {
        return at -> id.equals(at.get("id"));
    }

    private void type(String text) {
        keys().sendKeys(text).perform();
    }

    private void signInByKeyboard(String username) {
        browser.get(url("/login"));
        tabTo("the user name", id("username"));
        type(username);
        tabTo("the password", id("password"));
        type("demo");
        keys().sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlContains("/workbench"));
    }

    private void signOutByKeyboard() {
        tabTo("sign out", id("logout"));
        keys().sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_filler_fills_saves_and_submits_and_a_reviewer_approves_by_keyboard_alone() {
        long id = draftCopy();
        signInByKeyboard("yn-filler");
        tabTo("the list in the menu", at -> "a".equals(at.get("tag")) && String.valueOf(at.get("href")).endsWith("/evaluations"));
        keys().sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-total")));
        tabTo("the list's search", id("filter-q"));
        type(COPY);
        keys().sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlContains("q="));
        tabTo("the table in the list", at -> String.valueOf(at.get("href")).endsWith("/evaluations/" + id));
        keys().sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluation-form")));

        tabTo("the pass rate's actual", at -> "indicators[2].actual".equals(at.get("name")));
        keys().keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("14.2").perform();
        tabTo("save", id("save"));
        keys().sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.name("indicators[2].actual")).getAttribute("value")).isEqualTo("14.2");

        tabTo("submit", id("submit"));
        keys().sendKeys(" ").perform();
        wait.until(d -> !d.findElements(By.id("workflow-done")).isEmpty() || !d.findElements(By.id("confirm-submit")).isEmpty());
        if (browser.findElements(By.id("workflow-done")).isEmpty()) {
            tabTo("submit anyway", id("confirm-submit"));
            keys().sendKeys(Keys.ENTER).perform();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("workflow-done")));
        }
        assertThat(browser.findElement(By.id("status")).getAttribute("class")).contains("SUBMITTED");
        signOutByKeyboard();

        signInByKeyboard("yn-reviewer");
        tabTo("待我审核 in the menu", id("nav-review"));
        keys().sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-total")));
        tabTo("the table's tick box", id("pick-" + id));
        keys().sendKeys(" ").perform();
        assertThat(browser.findElement(By.id("pick-" + id)).isSelected()).isTrue();
        tabTo("approve", id("batch-DEPT_APPROVE"));
        keys().sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-results")));
        assertThat(browser.findElement(By.cssSelector("#batch-results tr[data-id='" + id + "']")).getAttribute("data-ok"))
                .isEqualTo("true");
        assertThat(jdbc.sql("SELECT status FROM evaluation WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DEPT_APPROVED");
        signOutByKeyboard();
    }

    @Test
    void the_menu_bar_of_every_role_fits_one_line_of_a_1280_pixel_window_in_english_and_chinese() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        long inner = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        browser.manage().window().setSize(new Dimension(1280 + (int) (1280 - inner), 900));
        try {
            for (String username : List.of("admin", "yn-finance", "yn-reviewer", "yn-filler")) {
                signInToWorkbench(username);
                for (String lang : List.of("en", "zh")) {
                    browser.get(url("/workbench?lang=" + lang));
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-workbench")));
                    assertThat((Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;")).isEqualTo(1280L);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> bar = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                            const links = [...document.querySelectorAll('header.top nav a')];
                            const tops = new Set(links.map(a => Math.round(a.getBoundingClientRect().top)));
                            const wrapped = links.filter(a => a.getClientRects().length > 1).map(a => a.textContent.trim());
                            const line = links[0].getBoundingClientRect().height;
                            const nav = document.querySelector('header.top nav');
                            return {links: links.length, rows: tops.size, wrapped: wrapped.join(', '),
                                    navHeight: nav.getBoundingClientRect().height, line: line,
                                    scroll: document.documentElement.scrollWidth};""");
                    String who = username + " " + lang + " " + bar;
                    assertThat(((Number) bar.get("links")).intValue()).as(who).isGreaterThanOrEqualTo(6);
                    assertThat(((Number) bar.get("rows")).intValue()).as(who).isEqualTo(1);
                    assertThat(bar.get("wrapped")).as(who).isEqualTo("");
                    assertThat(((Number) bar.get("navHeight")).doubleValue()).as(who)
                            .isLessThan(1.5 * ((Number) bar.get("line")).doubleValue());
                    assertThat(((Number) bar.get("scroll")).longValue()).as(who).isLessThanOrEqualTo(1280L);
                }
                browser.get(url("/workbench?lang=zh"));
                browser.findElement(By.id("logout")).click();
                wait.until(ExpectedConditions.urlContains("/login"));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1440, 1000));
        }
    }
}
