package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.Recheck;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.OrgLevel;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The 复核 page and API: a department's or region's tables ranked by gap, filtered, summed, exported; in scope only.
 * The demo's tables are drafts, so these lists are asked with drafts counted ({@code drafts=true}).
 */
class RecheckIntegrationTest extends IntegrationTestBase {

    @Autowired
    WorkflowService workflow;

    private long id(String organisation) {
        return organisations.findByName(organisation).orElseThrow().id();
    }

    private String json(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<BigDecimal> decimals(String json, String path) {
        List<Object> values = JsonPath.read(json, path);
        return values.stream().map(v -> v == null ? null : new BigDecimal(v.toString())).toList();
    }

    /** A Yunnan pass-rate table taken through the workflow, the finance reviewer re-scoring its pass rate to 0. */
    private long recheckedToZeroOnThePassRate() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        List<Recheck> rechecks = new ArrayList<>(Arrays.asList(Recheck.NONE, Recheck.NONE,
                new Recheck(BigDecimal.ZERO, null, "合格率未达目标")));
        workflow.act(id, Transition.FINANCE_APPROVE, "复核通过", null, rechecks, person("yn-finance"));
        return id;
    }

    @Test
    void the_finance_reviewer_sees_the_Yunnan_tables_ranked_by_gap_the_re_checked_total_counting() throws Exception {
        long rechecked = recheckedToZeroOnThePassRate();
        String body = json("yn-finance", get("/api/recheck").param("drafts", "true").param("size", "200"));

        assertThat((String) JsonPath.read(body, "$.organisation.name")).isEqualTo("云南省财政厅");
        long inYunnan = jdbc.sql("SELECT COUNT(*) FROM evaluation e JOIN organisation o ON o.id = e.organisation_id WHERE o.path LIKE :p")
                .param("p", organisations.findByName("云南省财政厅").orElseThrow().path() + "%").query(Long.class).single();
        assertThat(((Number) JsonPath.read(body, "$.tables.total")).longValue()).isEqualTo(inYunnan);
        List<BigDecimal> gaps = decimals(body, "$.tables.items[*].gap");
        assertThat(gaps).isSortedAccordingTo((a, b) -> b.compareTo(a));

        List<Map<String, Object>> row = JsonPath.read(body, "$.tables.items[?(@.id == " + rechecked + ")]");
        assertThat(row).hasSize(1);
        assertThat(new BigDecimal(row.get(0).get("recomputedTotal").toString())).isEqualByComparingTo("93.30");
        assertThat(new BigDecimal(row.get(0).get("recheckedTotal").toString())).isEqualByComparingTo("84.93");
        BigDecimal self = new BigDecimal(row.get(0).get("selfTotal").toString());
        assertThat(new BigDecimal(row.get(0).get("gap").toString())).isEqualByComparingTo(self.subtract(new BigDecimal("84.93")).abs());

        String page = mvc.perform(get("/recheck").param("drafts", "true").with(as("yn-finance"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"recheck-list\"").contains(YUNNAN_PASS_RATE).doesNotContain(MINHANG_CONSULTING);
    }

    @Test
    void a_filler_cannot_open_the_recheck_page_and_nobody_sees_an_organisation_outside_their_scope() throws Exception {
        long minhang = id("闵行区科学技术委员会");
        long yunnanFinance = id("云南省财政厅");
        for (String door : List.of("/recheck", "/recheck.csv", "/api/recheck")) {
            mvc.perform(get(door).param("org", String.valueOf(minhang)).with(as("yn-filler"))).andExpect(status().isForbidden());
            mvc.perform(get(door).with(as("mh-filler"))).andExpect(status().isForbidden());
            mvc.perform(get(door).param("org", String.valueOf(minhang)).with(as("yn-finance"))).andExpect(status().isNotFound());
            mvc.perform(get(door).param("org", String.valueOf(yunnanFinance)).with(as("yn-reviewer"))).andExpect(status().isNotFound());
            mvc.perform(get(door).param("org", "999999").with(as("admin"))).andExpect(status().isNotFound());
        }
        String own = json("yn-reviewer", get("/api/recheck").param("drafts", "true"));
        assertThat((String) JsonPath.read(own, "$.organisation.name")).isEqualTo("云南省工业和信息化厅");
    }

    @Test
    void filtering_by_a_finding_code_or_severity_narrows_the_list_to_tables_with_such_a_finding() throws Exception {
        Organisation unit = freshUnit("云南省筛选测试");
        SelfEvaluation form = evaluations.get(demoEvaluation(YUNNAN_PASS_RATE), person("admin")).form();
        List<Indicator> restated = new ArrayList<>(form.indicators());
        restated.set(2, restated.get(2).withActual(Actual.reported(">=25%")));
        evaluations.create(form, "national-2020", unit.id(), person("admin"), AuditSource.IMPORT, "test");
        long flagged = evaluations.create(form.withIndicators(restated), "national-2020", unit.id(), person("admin"),
                AuditSource.IMPORT, "test");
        String org = String.valueOf(unit.parentId());

        String all = json("yn-finance", get("/api/recheck").param("drafts", "true").param("org", org));
        assertThat((Integer) JsonPath.read(all, "$.tables.total")).isEqualTo(2);
        String narrowed = json("yn-finance", get("/api/recheck").param("drafts", "true").param("org", org).param("code", "ACTUAL_RESTATES_TARGET"));
        assertThat((Integer) JsonPath.read(narrowed, "$.tables.total")).isEqualTo(1);
        assertThat(((Number) JsonPath.read(narrowed, "$.tables.items[0].id")).longValue()).isEqualTo(flagged);
        assertThat((Integer) JsonPath.read(narrowed, "$.summary.tables")).isEqualTo(2);
        String asWarning = json("yn-finance", get("/api/recheck").param("drafts", "true").param("org", org)
                .param("code", "ACTUAL_RESTATES_TARGET").param("severity", "WARNING"));
        assertThat((Integer) JsonPath.read(asWarning, "$.tables.total")).isEqualTo(1);
        String asError = json("yn-finance", get("/api/recheck").param("drafts", "true").param("org", org)
                .param("code", "ACTUAL_RESTATES_TARGET").param("severity", "ERROR"));
        assertThat((Integer) JsonPath.read(asError, "$.tables.total")).isZero();

        String page = mvc.perform(get("/recheck").param("drafts", "true").param("org", org).param("code", "ACTUAL_RESTATES_TARGET").with(as("yn-finance")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-id=\"" + flagged + "\"").containsOnlyOnce("<tr data-id=");

        String paged = mvc.perform(get("/recheck").param("drafts", "true").param("org", org).param("size", "1").with(as("yn-finance")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(paged).containsOnlyOnce("<tr data-id=").contains("第 1 / 2 页").contains("page=1&amp;org=" + org);
    }

    @Test
    void the_csv_export_opens_in_Excel_with_Chinese_and_keeps_commas_quotes_and_formulas_as_text() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        jdbc.sql("UPDATE evaluation SET project = :p WHERE id = :id")
                .param("p", "=HYPERLINK(\"http://x\"),考试专项").param("id", id).update();
        byte[] csv = mvc.perform(get("/recheck.csv").param("drafts", "true").with(as("yn-finance")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("排名,年度,项目名称,");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\"),考试专项\"").contains("\r\n").contains(YUNNAN_PASS_RATE);
    }

    @Test
    void the_summary_converts_tables_in_yuan_and_in_wan_yuan_to_the_one_declared_unit() throws Exception {
        Organisation unit = freshUnit("云南省汇总测试");
        Organisation dept = organisations.findByIdUnscoped(unit.parentId()).orElseThrow();
        SelfEvaluation inWan = evaluations.get(demoEvaluation(YUNNAN_PASS_RATE), person("admin")).form();
        SelfEvaluation inYuan = evaluations.get(demoEvaluation(MINHANG_CONSULTING), person("admin")).form();
        for (SelfEvaluation form : List.of(inWan, inYuan)) {
            evaluations.create(form, "national-2020", unit.id(), person("admin"), AuditSource.IMPORT, "test");
        }
        BigDecimal wanBudget = inWan.funding().effectiveTotal().annual();
        BigDecimal yuanBudget = inYuan.funding().effectiveTotal().annual();
        BigDecimal wanSpent = inWan.funding().effectiveTotal().executed();
        BigDecimal yuanSpent = inYuan.funding().effectiveTotal().executed();
        BigDecimal tenThousand = BigDecimal.valueOf(10_000);

        String inWanYuan = json("yn-finance", get("/api/recheck").param("drafts", "true").param("org", String.valueOf(dept.id())).param("unit", "WAN_YUAN"));
        assertThat((Integer) JsonPath.read(inWanYuan, "$.summary.tables")).isEqualTo(2);
        assertThat(decimal(inWanYuan, "$.summary.budget"))
                .isEqualTo(wanBudget.add(yuanBudget.divide(tenThousand)).setScale(2, RoundingMode.HALF_UP));
        assertThat(decimal(inWanYuan, "$.summary.executed"))
                .isEqualTo(wanSpent.add(yuanSpent.divide(tenThousand)).setScale(2, RoundingMode.HALF_UP));

        String inYuanUnit = json("yn-finance", get("/api/recheck").param("drafts", "true").param("org", String.valueOf(dept.id())).param("unit", "YUAN"));
        assertThat(decimal(inYuanUnit, "$.summary.budget"))
                .isEqualTo(yuanBudget.add(wanBudget.multiply(tenThousand)).setScale(2, RoundingMode.HALF_UP));
        assertThat(decimal(inYuanUnit, "$.summary.executed"))
                .isEqualTo(yuanSpent.add(wanSpent.multiply(tenThousand)).setScale(2, RoundingMode.HALF_UP));

        String page = mvc.perform(get("/recheck").param("drafts", "true").param("org", String.valueOf(dept.id())).param("unit", "YUAN").with(as("yn-finance")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"summary-budget\">"
                + yuanBudget.add(wanBudget.multiply(tenThousand)).setScale(2, RoundingMode.HALF_UP).toPlainString() + "<");
    }

    /** A new department under the Yunnan finance bureau with one unit, so a test's tables are the only ones there. */
    private Organisation freshUnit(String name) {
        Organisation bureau = organisations.findByName("云南省财政厅").orElseThrow();
        Organisation dept = organisations.create(bureau, OrgKind.DEPARTMENT, name + "厅", "云南省", OrgLevel.PROVINCE);
        return organisations.create(dept, OrgKind.UNIT, name + "中心", "云南省", OrgLevel.PROVINCE);
    }

    private static BigDecimal decimal(String json, String path) {
        Object v = JsonPath.read(json, path);
        return new BigDecimal(v.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }
}
