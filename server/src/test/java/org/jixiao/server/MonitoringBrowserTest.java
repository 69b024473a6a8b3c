package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The second half of the year in a real browser: finance opens a July round; the unit enters 2 of a target ≥ 8 and
 * sees the red light with its figures, is asked for a cause and a measure, gives them and submits; the department and
 * finance review; finance issues a rectification from the report; the unit answers; finance accepts. Then a 2023
 * self-evaluation that finance re-checks to 差 stands on the results page and blocks the 2024 declaration of the same
 * project, with the reason. axe-core finds nothing on the monitoring, report, rectification and results pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
class MonitoringBrowserTest extends BrowserTestBase {
    private static final String PROJECT = "信息技术人员监控浏览器测试项目";
    private static final String POOR = "结果应用浏览器测试项目";
    private static final String UPLOADED = "监控表上传浏览器测试项目";

    @Autowired
    EvaluationService evaluations;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JixiaoUserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "monbrowser");
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

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void noViolations(String page) {
        assertThat(Accessibility.violations(browser)).as("axe-core on the %s", page).isEmpty();
    }

    /** Through the API, as the person (HTTP Basic): the answer's body, its status checked. */
    private String api(String path, String user, String json) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s %s: %s", path, user, r.body()).isBetween(200, 201);
        return r.body();
    }

    /** The front half of the year, which another browser test walks: a declaration approved by department and finance. */
    private long approvedDeclaration(long unit) throws IOException, InterruptedException {
        return approvedDeclaration(unit, PROJECT, 2026);
    }

    private long approvedDeclaration(long unit, String project, int year) throws IOException, InterruptedException {
        String created = api("/api/declarations", "yn-filler", DeclarationIntegrationTest.declaration(unit, project, year,
                MonitoringIntegrationTest.COUNTED + DeclarationIntegrationTest.INDICATORS_WITHOUT_BENEFIT
                        + DeclarationIntegrationTest.BENEFIT));
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(created);
        assertThat(id.find()).isTrue();
        String d = "/api/declarations/" + id.group(1);
        api(d + "/submit", "yn-filler", "{}");
        api(d + "/review", "yn-reviewer", "{\"action\": \"DEPT_APPROVE\"}");
        api(d + "/review", "yn-finance", "{\"action\": \"FINANCE_APPROVE\"}");
        return Long.parseLong(id.group(1));
    }

    /** A 2023 self-evaluation of the project, submitted and approved by the department: finance's re-check is next. */
    private long evaluationAwaitingRecheck() {
        long demo = jdbc.sql("SELECT id FROM evaluation WHERE project = :p AND source LIKE :s ORDER BY id")
                .param("p", IntegrationTestBase.YUNNAN_PASS_RATE).param("s", "%#%").query(Long.class).list().get(0);
        StoredEvaluation source = evaluations.get(demo, users.loadUserByUsername("admin"));
        SelfEvaluation form = source.form();
        Header h = form.header();
        SelfEvaluation renamed = new SelfEvaluation(new Header(POOR, h.department(), h.unit(), 2023, h.currencyUnit(),
                h.preparedBy(), h.disclosureNo(), h.kind()), form.funding(), form.goals(), form.indicators(),
                form.reportedIndicatorWeightSum(), form.reportedIndicatorScoreSum(), form.reportedMaxTotal(),
                form.reportedTotal(), form.reportedGrade(), form.notes(), form.layout(), form.line());
        long id = evaluations.create(renamed, source.schemeId(), source.organisationId(),
                users.loadUserByUsername("yn-filler"), AuditSource.SCREEN, "test");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), users.loadUserByUsername("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), users.loadUserByUsername("yn-reviewer"));
        return id;
    }

    @Test
    void a_july_round_turns_two_of_eight_red_the_unit_explains_it_and_finance_follows_it_up_to_an_accepted_rectification()
            throws Exception {
        long unit = jdbc.sql("SELECT id FROM organisation WHERE name = '云南省信息技术发展中心'").query(Long.class).single();
        approvedDeclaration(unit);

        // finance opens a July round over the unit's approved declarations of 2026
        signInToWorkbench("yn-finance");
        browser.get(url("/monitoring?org=" + unit + "&year=2026"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("monitoring-empty")));
        noViolations("monitoring page with no report yet");
        browser.findElement(By.cssSelector("#open-round summary")).click();
        assertThat(browser.findElement(By.id("round-org")).getText()).isEqualTo("云南省信息技术发展中心");
        type("round-year", "2026");
        type("round-month", "7");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('round-deadline').value = arguments[0]", LocalDate.now().plusDays(30).toString());
        new Select(browser.findElement(By.id("round-kind"))).selectByValue("FINANCE");
        click("round-open");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-opened"), "1"));
        assertThat(browser.findElement(By.id("monitoring-list")).getText()).contains(PROJECT).contains("未填报");
        String report = browser.findElement(By.linkText(PROJECT)).getAttribute("href");
        signOut();

        // the unit enters 2 of a target ≥ 8: red, with the figures, and asked for a cause and a measure
        signInToWorkbench("yn-filler");
        browser.get(report);
        type("executedToDate", "70");
        type("toDate-0", "2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("light-0"), "2 ÷ (8 × 7/12) = 42.9 %"));
        assertThat(browser.findElement(By.id("light-0")).getText()).contains("红灯");
        assertThat(browser.findElement(By.id("project-light")).getText()).isEqualTo("红灯");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#findings li[data-code='MONITORING_CAUSE_MISSING']")));
        type("expected", "120");
        type("expected-0", "6");
        new Select(browser.findElement(By.id("likelihood-0"))).selectByValue("POSSIBLE");
        String[][] onTrack = {{"300", "500"}, {"95", "95"}, {"100", "100"}, {"150", "280"}, {"95", "95"}, {"250", "420"}};
        for (int k = 1; k <= onTrack.length; k++) {
            type("toDate-" + k, onTrack[k - 1][0]);
            type("expected-" + k, onTrack[k - 1][1]);
            new Select(browser.findElement(By.id("likelihood-" + k))).selectByValue("CERTAIN");
        }
        click("save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-saved")));
        Browsers.screenshot(browser, "monitoring-report-red");
        noViolations("monitoring report with a red light");
        click("step-SUBMIT");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-blocked")));
        assertThat(browser.findElement(By.id("report-status")).getText()).isEqualTo("草稿");

        // a cause and a measure: the finding goes as they are typed, and 送审 goes through
        click("cause-0-FUNDING");
        type("causeText-0", "资金下达较晚");
        type("measures-0", "下半年集中开班");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#findings li[data-code='MONITORING_CAUSE_MISSING']")));
        click("save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-saved")));
        assertThat(browser.findElements(By.cssSelector("#findings li.ERROR"))).as(browser.findElement(By.id("findings"))
                .getText()).isEmpty();
        click("step-SUBMIT");
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "已送审"));
        assertThat(browser.findElement(By.id("toDate-0")).isEnabled()).isFalse();
        signOut();

        // the department and finance review
        signInToWorkbench("yn-reviewer");
        browser.get(report);
        click("step-DEPT_APPROVE");
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "主管部门已审核"));
        signOut();
        signInToWorkbench("yn-finance");
        browser.get(report);
        type("opinion", "抓紧整改");
        click("step-FINANCE_APPROVE");
        wait.until(ExpectedConditions.textToBe(By.id("report-status"), "财政已审核"));

        // a red light proposes a rectification; finance issues it from the report
        assertThat(browser.findElement(By.id("rectify-proposed")).getText()).contains("红灯");
        assertThat(browser.findElement(By.id("rectify-title")).getAttribute("value")).contains(PROJECT);
        type("rectify-requirement", "9 月底前完成 6 期培训");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('rectify-deadline').value = arguments[0]", LocalDate.now().plusDays(60).toString());
        type("rectify-advice", "暂不调整预算");
        noViolations("reviewed monitoring report");
        click("rectify-draft");
        wait.until(ExpectedConditions.textToBe(By.id("rectification-state"), "草稿"));
        String notice = browser.getCurrentUrl();
        click("step-ISSUE");
        wait.until(ExpectedConditions.textToBe(By.id("rectification-state"), "已下达"));
        noViolations("rectification notice");
        signOut();

        // the unit finds it on its 工作台 and answers
        signInToWorkbench("yn-filler");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(PROJECT);
        browser.get(notice);
        type("answer-text", "已增开 4 期，9 月底前完成");
        click("step-ANSWER");
        wait.until(ExpectedConditions.textToBe(By.id("rectification-state"), "已反馈"));
        signOut();

        // finance accepts
        signInToWorkbench("yn-finance");
        browser.get(notice);
        assertThat(browser.findElement(By.id("rectification-feedback")).getText()).contains("已增开 4 期");
        click("step-ACCEPT");
        wait.until(ExpectedConditions.textToBe(By.id("rectification-state"), "已通过"));
        assertThat(browser.findElement(By.id("rectification-history")).getText()).contains("已增开 4 期");
        Browsers.screenshot(browser, "rectification-accepted");

        // the monitoring page puts the red report first, and axe finds nothing on it in either language
        browser.get(url("/monitoring?org=" + unit + "&year=2026"));
        assertThat(browser.findElement(By.id("count-RED")).getText()).isEqualTo("1");
        noViolations("monitoring page");
        browser.get(url("/monitoring?org=" + unit + "&year=2026&lang=en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("monitoring-list")));
        noViolations("monitoring page in English");
        browser.get(url("/monitoring?lang=zh"));
    }

    @Test
    void a_unit_uploads_its_filled_monitoring_workbook_and_its_report_shows_the_figures_and_the_light() throws Exception {
        long unit = jdbc.sql("SELECT id FROM organisation WHERE name = '云南省信息技术发展中心'").query(Long.class).single();
        // 2025, so that the other test's 2026 round over the unit's declarations does not cover it
        long declaration = approvedDeclaration(unit, UPLOADED, 2025);
        String round = api("/api/monitoring-rounds", "yn-finance", """
                {"year": 2025, "month": 7, "deadline": "%s", "kind": "SELF", "organisationId": %d, "declarationIds": [%d]}"""
                .formatted(LocalDate.now().plusDays(30), unit, declaration));
        Matcher id = Pattern.compile("\"reports\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)").matcher(round);
        assertThat(id.find()).as(round).isTrue();
        HttpResponse<byte[]> exported = http.send(HttpRequest.newBuilder(URI.create(url("/api/monitoring-reports/" + id.group(1)
                        + "/export?format=xlsx"))).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("yn-filler:demo".getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(exported.statusCode()).isEqualTo(200);
        java.nio.file.Path filled = java.nio.file.Files.createTempFile("monitoring-", ".xlsx");
        java.nio.file.Files.write(filled, MonitoringImportIntegrationTest.filled(exported.body(), wb -> { }));

        signInToWorkbench("yn-filler");
        browser.get(url("/monitoring?org=" + unit + "&year=2025"));
        click("monitoring-import");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("monitoring-import-files")));
        noViolations("monitoring import page");
        browser.findElement(By.id("monitoring-import-files")).sendKeys(filled.toString());
        click("monitoring-import-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
        assertThat(browser.findElement(By.id("import-summary")).getText()).contains("更新 1 张").contains("失败文件 0 个");
        assertThat(browser.findElement(By.id("import-report")).getText()).contains(UPLOADED).contains("红灯");
        noViolations("monitoring import report");
        Browsers.screenshot(browser, "monitoring-import-report");
        browser.findElement(By.linkText(UPLOADED + " 2025 年 1—7 月")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("toDate-0")));
        assertThat(browser.findElement(By.id("toDate-0")).getAttribute("value")).isEqualTo("2");
        assertThat(browser.findElement(By.id("measures-0")).getAttribute("value")).isEqualTo("下半年集中开班");
        assertThat(browser.findElement(By.id("project-light")).getText()).isEqualTo("红灯");
        java.nio.file.Files.deleteIfExists(filled);
        browser.get(url("/monitoring?lang=zh"));
        signOut();
    }

    @Test
    void a_2023_evaluation_rechecked_to_poor_stands_on_the_results_page_and_blocks_the_2024_declaration_with_the_reason()
            throws Exception {
        long id = evaluationAwaitingRecheck();
        long unit = jdbc.sql("SELECT id FROM organisation WHERE name = '云南省信息技术发展中心'").query(Long.class).single();

        // finance re-checks every row and the execution to nothing: 差
        signInToWorkbench("yn-finance");
        browser.get(url("/evaluations/" + id + "?tab=review"));
        List<WebElement> scores = browser.findElements(By.cssSelector("input[name^='rechecks['][name$='].score']"));
        assertThat(scores).isNotEmpty();
        for (WebElement s : scores) {
            s.sendKeys("0");
        }
        browser.findElement(By.name("budgetRecheck.score")).sendKeys("0");
        browser.findElement(By.id("opinion")).sendKeys("复核：佐证不足");
        click("action-FINANCE_APPROVE");
        wait.until(ExpectedConditions.textToBe(By.id("status"), "财政已复核"));

        // the results of 2023: 差 by the re-check, funding suspended
        browser.get(url("/results?org=" + unit + "&year=2023"));
        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        String row = browser.findElement(By.id("result-" + id)).getText();
        assertThat(row).contains(POOR).contains("差").contains("财政复核").contains("取消或暂停");
        assertThat(results.getText()).contains("建议核减");
        Browsers.screenshot(browser, "results");
        noViolations("results page");
        signOut();

        // the unit's 2024 declaration of the same project is refused, saying why
        signInToWorkbench("yn-filler");
        browser.get(url("/declarations/new"));
        type("project", POOR);
        type("year", "2024");
        type("funding-total", "80");
        type("funding-fiscal", "80");
        type("goalsAnnual", "完成计算机技术与软件专业资格考试组织工作");
        String[][] rows = {{"考试场次", ">=", "4", "场"}, {"考试合格率", ">=", "90", "%"}, {"按期完成率", "=", "100", "%"},
            {"人均考务成本", "<=", "300", "元"}, {"持证人数", ">=", "400", "人"}, {"考生满意度", ">=", "90", "%"}};
        for (int k = 0; k < rows.length; k++) {
            type("name-" + k, rows[k][0]);
            new Select(browser.findElement(By.id("operator-" + k))).selectByValue(rows[k][1]);
            type("target-" + k, rows[k][2]);
            type("unit-" + k, rows[k][3]);
            type("standard-" + k, "按完成比例计分");
        }
        click("save");
        WebElement reason = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-project")));
        assertThat(reason.getText()).contains("2023").contains("差");
        assertThat(browser.getCurrentUrl()).doesNotContainPattern("/declarations/\\d+");
    }
}
