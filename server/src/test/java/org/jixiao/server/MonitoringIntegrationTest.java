package org.jixiao.server;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 绩效运行监控 and 整改 through the API (lifecycle §4, §6): finance opens a July round over an approved declaration,
 * the unit reports, the lights and their explanations follow, a red light without its cause and measure blocks
 * 送审, the department and finance review, finance issues a rectification, the unit answers, finance accepts.
 */
class MonitoringIntegrationTest extends MonitoringTestBase {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    ResultActions upload(String url, String user, String name, Integer indicator) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(url)
                .file(new org.springframework.mock.web.MockMultipartFile("file", name, "application/octet-stream", PDF))
                .with(as(user));
        if (indicator != null) {
            request.param("indicator", indicator.toString());
        }
        return mvc.perform(request);
    }

    @Test
    void a_july_round_turns_two_of_eight_red_asks_for_a_cause_and_ends_in_an_accepted_rectification() throws Exception {
        long declaration = approvedDeclaration("信息技术人员监控测试项目", 2026);

        // finance opens a July round over the declaration, its deadline already past: overdue at once
        ResultActions round = postJson("/api/monitoring-rounds", "yn-finance", """
                {"year": 2026, "month": 7, "deadline": "%s", "kind": "FINANCE", "organisationId": %d,
                 "declarationIds": [%d]}""".formatted(LocalDate.now().minusDays(1), ynFinance(), declaration))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists())
                .andExpect(jsonPath("$.reports.length()").value(1))
                .andExpect(jsonPath("$.reports[0].declarationId").value(declaration));
        long report = number(round, "$.reports[0].id");
        String url = "/api/monitoring-reports/" + report;

        // a filler cannot open a round; outside the scope the report does not exist
        postJson("/api/monitoring-rounds", "yn-filler", """
                {"year": 2026, "month": 7, "deadline": "2026-08-10", "kind": "SELF", "organisationId": %d}"""
                .formatted(ynUnit())).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as("mh-filler"))).andExpect(status().isNotFound());

        // made from the approved version: the targets, nothing reported yet
        mvc.perform(get(url).with(as("yn-filler")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.budget.annualBudget").value(120))
                .andExpect(jsonPath("$.indicators.length()").value(7))
                .andExpect(jsonPath("$.indicators[0].name").value("举办培训班期数"))
                .andExpect(jsonPath("$.indicators[0].target").value(">=8期"))
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("MONITORING_NOT_FILLED")));

        // overdue, it can be reminded: the unit's filler gets a message
        postJson(url + "/remind", "yn-filler", "").andExpect(status().isForbidden());
        // every filler of the unit, however many other tests have added to it
        int fillers = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'FILLER' AND enabled AND organisation_id = "
                + "(SELECT organisation_id FROM app_user WHERE username = 'yn-filler')").query(Integer.class).single();
        postJson(url + "/remind", "yn-finance", "").andExpect(status().isOk()).andExpect(jsonPath("$.reminded").value(fillers));

        // the filler enters 2 of a target ≥ 8: red, with its explanation, and a finding asking for cause and measure
        int version = (int) number(putJson(url, "yn-filler", report(0, ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.light").value("RED"))
                .andExpect(jsonPath("$.budget.light").value("GREEN"))
                .andExpect(jsonPath("$.budget.progressPct").value(100.0))
                .andExpect(jsonPath("$.indicators[0].progressPct").value(42.86))
                .andExpect(jsonPath("$.indicators[0].light").value("RED"))
                .andExpect(jsonPath("$.indicators[0].explanation").value(containsString("2 ÷ (8 × 7/12) = 42.9 %")))
                .andExpect(jsonPath("$.indicators[1].light").value("GREEN"))
                .andExpect(jsonPath("$.findings[?(@.code == 'MONITORING_CAUSE_MISSING')].severity").value(hasItem("ERROR")))
                .andExpect(jsonPath("$.findings[?(@.code == 'MONITORING_CAUSE_MISSING')].indicatorIndex").value(hasItem(0))),
                "$.version");
        // evidence on the lagging indicator, under the evaluations' rules: the unit's, within scope and the rows
        upload(url + "/attachments", "yn-filler", "培训班签到表.pdf", 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value(0)).andExpect(jsonPath("$.name").value("培训班签到表.pdf"));
        upload(url + "/attachments", "mh-filler", "x.pdf", null).andExpect(status().isNotFound());
        upload(url + "/attachments", "yn-filler", "x.pdf", 99).andExpect(status().isBadRequest());
        mvc.perform(get(url + "/attachments").with(as("yn-finance")))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("培训班签到表.pdf")));
        mvc.perform(get(url + "/history").with(as("yn-filler")))
                .andExpect(jsonPath("$[*].field").value(hasItem("indicator[0].attachments")));
        mvc.perform(get("/monitoring/reports/" + report).with(as("yn-filler")).header("Accept-Language", "zh-CN"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(allOf(containsString("id=\"attachment-list\""), containsString("培训班签到表.pdf"),
                                containsString("id=\"attachment-form\""))));
        postJson(url + "/submit", "yn-filler", "{\"version\": " + version + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[0].code").value("MONITORING_CAUSE_MISSING"));

        // over a stale version the change is refused with what changed meanwhile
        putJson(url, "yn-filler", report(0, "")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.changes[0].field").exists());

        // with a cause and a measure the finding is gone and 送审 goes through
        version = (int) number(putJson(url, "yn-filler", report(version,
                        ", \"causes\": [\"FUNDING\", \"OTHER\"], \"causeText\": \"资金下达较晚\", \"measures\": \"下半年集中开班\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].causes").value(hasItem("FUNDING")))
                .andExpect(jsonPath("$.findings[*].code").value(not(hasItem("MONITORING_CAUSE_MISSING")))), "$.version");
        postJson(url + "/submit", "yn-filler", "{\"version\": " + version + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        putJson(url, "yn-filler", report(version + 1, "")).andExpect(status().is4xxClientError());

        // the department and finance review; nobody else's step
        postJson(url + "/review", "yn-filler", "{\"action\": \"DEPT_APPROVE\"}").andExpect(status().isForbidden());
        postJson(url + "/review", "yn-reviewer", "{\"action\": \"DEPT_APPROVE\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEPT_APPROVED"));
        postJson(url + "/review", "yn-finance", "{\"action\": \"FINANCE_APPROVE\", \"opinion\": \"抓紧整改\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINANCE_APPROVED"));
        // approved by finance, the report takes no more files
        upload(url + "/attachments", "yn-filler", "补充.pdf", null).andExpect(status().isConflict());
        mvc.perform(get(url + "/steps").with(as("yn-filler")))
                .andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("SUBMIT", "DEPT_APPROVE",
                        "FINANCE_APPROVE")));
        mvc.perform(get(url + "/history").with(as("yn-filler")))
                .andExpect(jsonPath("$[*].field").value(hasItem("indicator[0].measures")));

        // finance asks for an adjustment of the goals: a draft adjustment whose 调整说明 carries the report's causes
        postJson(url + "/adjustment", "yn-filler", "").andExpect(status().isForbidden());
        long adjustment = number(postJson(url + "/adjustment", "yn-finance", "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.declarationId").value(declaration)), "$.adjustmentId");
        mvc.perform(get("/api/adjustments/" + adjustment).with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.explanation").value(allOf(containsString("2026 年 1—7 月"),
                        containsString("举办培训班期数（红灯）"), containsString("经费保障、其他"),
                        containsString("资金下达较晚"), containsString("下半年集中开班"))))
                .andExpect(jsonPath("$.explanation").value(not(containsString("培训合格率"))));
        // one adjustment open at a time
        postJson(url + "/adjustment", "yn-finance", "").andExpect(status().isConflict());

        // the red light proposes a rectification: on finance's 工作台, and a draft notice in one step, written from the report
        mvc.perform(get("/workbench").with(as("yn-finance")).header("Accept-Language", "zh-CN"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(allOf(containsString("建议整改、尚未起草通知的监控表"),
                                containsString("/monitoring/reports/" + report + "\""))));
        postJson("/api/rectifications/proposed", "yn-filler", "{\"monitoringReportId\": " + report + "}")
                .andExpect(status().isForbidden());
        postJson("/api/rectifications/proposed", "yn-finance", "{\"monitoringReportId\": " + report + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.source").value("MONITORING"))
                .andExpect(jsonPath("$.sourceId").value(report))
                .andExpect(jsonPath("$.title").value(containsString("信息技术人员监控测试项目")))
                .andExpect(jsonPath("$.requirement").value(allOf(containsString("举办培训班期数（红灯）"),
                        containsString("下半年集中开班"))))
                .andExpect(jsonPath("$.deadline").value(LocalDate.now().plusDays(30).toString()));
        postJson("/api/rectifications/proposed", "yn-finance", "{\"monitoringReportId\": " + report + "}")
                .andExpect(status().isConflict());

        // finance issues a rectification from the reviewed report; the unit answers; finance accepts
        ResultActions notice = postJson("/api/rectifications", "yn-finance", """
                {"monitoringReportId": %d, "title": "举办培训班期数进度滞后整改", "requirement": "9 月底前完成 6 期",
                 "deadline": "2026-09-30", "budgetAdvice": "暂不调整"}""".formatted(report))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.source").value("MONITORING"))
                .andExpect(jsonPath("$.organisationId").value(ynUnit()));
        long rectification = number(notice, "$.id");
        String r = "/api/rectifications/" + rectification;
        postJson(r + "/steps", "yn-filler", "{\"step\": \"ISSUE\"}").andExpect(status().isForbidden());
        postJson(r + "/steps", "yn-finance", "{\"step\": \"ISSUE\", \"version\": 0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ISSUED"));
        // the answer's evidence: the unit's, while the notice waits for it; finance adds none
        upload(r + "/attachments", "yn-finance", "x.pdf", null).andExpect(status().isConflict());
        upload(r + "/attachments", "yn-filler", "整改佐证.pdf", null).andExpect(status().isOk());
        mvc.perform(get(r + "/attachments").with(as("yn-finance")))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("整改佐证.pdf")));
        postJson(r + "/steps", "yn-filler", "{\"step\": \"ANSWER\", \"version\": 1}").andExpect(status().isConflict());
        postJson(r + "/steps", "yn-filler", "{\"step\": \"ANSWER\", \"version\": 1, \"text\": \"已增开 4 期\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ANSWERED"))
                .andExpect(jsonPath("$.feedback").value("已增开 4 期"));
        postJson(r + "/steps", "yn-finance", "{\"step\": \"ACCEPT\", \"version\": 2}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));
        upload(r + "/attachments", "yn-filler", "晚到.pdf", null).andExpect(status().isConflict());
        postJson(r + "/steps", "yn-finance", "{\"step\": \"RETURN\", \"text\": \"再补充\"}")
                .andExpect(status().isConflict());
        mvc.perform(get(r + "/steps").with(as("yn-filler")))
                .andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("ISSUED", "ANSWERED", "ACCEPTED")))
                .andExpect(jsonPath("$[1].text").value("已增开 4 期"));
        mvc.perform(get(r).with(as("mh-filler"))).andExpect(status().isNotFound());
    }

    @Test
    void the_report_form_redraws_its_lights_as_the_unit_types_and_the_monitoring_page_puts_red_first() throws Exception {
        long declaration = approvedDeclaration("信息技术人员监控页面测试项目", 2027);
        // without declarationIds the round covers every approved declaration of the year under finance
        String round = postJson("/api/monitoring-rounds", "yn-finance", """
                {"year": 2027, "month": 7, "deadline": "2027-08-10", "kind": "SELF", "organisationId": %d}"""
                .formatted(ynFinance())).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<Number> ids = JsonPath.read(round, "$.reports[?(@.declarationId == " + declaration + ")].id");
        org.assertj.core.api.Assertions.assertThat(ids).hasSize(1);
        long report = ids.get(0).longValue();
        String url = "/monitoring/reports/" + report;

        // the form: labelled inputs for every indicator, the lights panel empty
        mvc.perform(get(url).with(as("yn-filler")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(allOf(containsString("id=\"toDate-0\""), containsString("aria-label=\"举办培训班期数"),
                                containsString("id=\"lights\""), containsString("hx-post=\"/monitoring/reports/" + report + "/lights\""))));

        // typing 2 of 8 redraws the lights: red, with the figures behind it
        mvc.perform(post(url + "/lights").with(as("yn-filler")).with(csrf()).header("Accept-Language", "zh-CN")
                        .param("version", "0").param("executedToDate", "70").param("rows[0].toDate", "2"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(allOf(containsString("2 ÷ (8 × 7/12) = 42.9 %"), containsString("id=\"light-0\""),
                                not(containsString("<html")))));

        // saved through the page, the report is red on the monitoring page and in its CSV, red first
        mvc.perform(post(url).with(as("yn-filler")).with(csrf()).param("version", "0").param("executedToDate", "70")
                        .param("rows[0].toDate", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/monitoring").param("org", String.valueOf(ynUnit())).param("year", "2027")
                        .with(as("yn-finance")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(allOf(containsString("id=\"report-" + report + "\""), containsString("红灯"))));
        // under finance's bureau, the light map of its child organisations (a table without script)
        mvc.perform(get("/monitoring").param("org", String.valueOf(ynFinance())).param("year", "2027")
                        .with(as("yn-finance")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(allOf(containsString("id=\"children-lights\""), containsString("chart-children-lights"),
                                containsString("云南省工业和信息化厅"))));
        mvc.perform(get("/monitoring/export.csv").param("org", String.valueOf(ynUnit())).param("year", "2027")
                        .with(as("yn-finance")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString(report + ",\"信息技术人员监控页面测试项目\",\"云南省信息技术发展中心\",DRAFT,RED,100.00,58.33,2027-08-10,")));

        // the official table as .xlsx and .pdf
        byte[] xlsx = mvc.perform(get(url + "/export").param("format", "xlsx").with(as("yn-filler")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
        byte[] pdf = mvc.perform(get(url + "/export").param("format", "pdf").with(as("yn-filler")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        mvc.perform(get(url).with(as("mh-filler"))).andExpect(status().isNotFound());
    }

    @Test
    void the_demo_round_of_july_2023_has_the_yunnan_pass_rate_behind_and_leaves_every_report_a_draft() throws Exception {
        long report = jdbc.sql("""
                SELECT MIN(r.id) FROM monitoring_report r JOIN monitoring_round m ON m.id = r.round_id
                JOIN organisation o ON o.id = r.organisation_id
                WHERE m.budget_year = 2023 AND m.period_month = 7 AND o.name = '云南省信息技术发展中心'""")
                .query(Long.class).single();
        mvc.perform(get("/api/monitoring-reports/" + report).with(as("yn-filler")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.light").value("RED"))
                .andExpect(jsonPath("$.indicators[?(@.light == 'RED')]").isNotEmpty())
                .andExpect(jsonPath("$.indicators[?(@.light == 'YELLOW')].name").value(hasItem(containsString("合格率"))))
                .andExpect(jsonPath("$.indicators[?(@.light == 'GREEN')]").isNotEmpty())
                .andExpect(jsonPath("$.findings[*].code").value(not(hasItem("MONITORING_CAUSE_MISSING"))));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM monitoring_report r JOIN monitoring_round m ON m.id = r.round_id
                WHERE m.budget_year = 2023 AND r.status <> 'DRAFT'""").query(Long.class).single()).isZero();
    }

    @Test
    void a_round_names_its_light_rules_and_two_rule_sets_light_the_same_budget_differently() throws Exception {
        long declaration = approvedDeclaration("信息技术人员监控规则测试项目", 2028);
        postJson("/api/monitoring-rounds", "yn-finance", """
                {"year": 2028, "month": 7, "deadline": "2028-08-10", "kind": "FINANCE", "organisationId": %d,
                 "declarationIds": [%d], "rules": "shanghai-2019"}""".formatted(ynFinance(), declaration))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rules"))
                .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("shanghai-2019"),
                        containsString("cutoffs-7-9"))));
        // 45 of 120 by July: 37.5 % executed, 37.5 % ÷ 7/12 = 64.3 % → yellow by the ratio; below July's 40 % → red
        String[][] expected = {{"national", "YELLOW"}, {"cutoffs-7-9", "RED"}, {null, "YELLOW"}};
        for (String[] rules : expected) {
            long report = number(postJson("/api/monitoring-rounds", "yn-finance", """
                    {"year": 2028, "month": 7, "deadline": "2028-08-10", "kind": "FINANCE", "organisationId": %d,
                     "declarationIds": [%d] %s}""".formatted(ynFinance(), declaration,
                    rules[0] == null ? "" : ", \"rules\": \"" + rules[0] + "\""))
                    .andExpect(status().isCreated()), "$.reports[0].id");
            putJson("/api/monitoring-reports/" + report, "yn-filler", """
                    {"version": 0, "executedToDate": 45, "expected": 120}""")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rules").value(rules[0] == null ? "national" : rules[0]))
                    .andExpect(jsonPath("$.budget.light").value(rules[1]));
        }
    }
}
