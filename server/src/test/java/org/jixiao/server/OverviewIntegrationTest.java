package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.OrgLevel;
import org.jixiao.server.org.Organisation;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The overview: a department's or region's figures and its children's, in scope only, with its charts' data. The
 * demo's tables are drafts, so the figures are asked with drafts counted ({@code drafts=true}).
 */
class OverviewIntegrationTest extends IntegrationTestBase {
    private static final Pattern CHART_DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"chart-data\">(.*?)</script>", Pattern.DOTALL);

    private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String sql, String path) {
        return jdbc.sql(sql).param("p", path + "%").query(Long.class).single();
    }

    private static String figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    /** The JSON of the page's charts, as the page's script reads it: the text of the script element, unescaped. */
    private static String chartJson(String html) {
        Matcher m = CHART_DATA.matcher(html);
        assertThat(m.find()).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    @Test
    void the_Yunnan_finance_bureau_sees_its_tables_by_status_and_grade_with_the_same_figures_as_the_recheck_page()
            throws Exception {
        Organisation bureau = organisations.findByName("云南省财政厅").orElseThrow();
        Organisation dept = organisations.findByName("云南省工业和信息化厅").orElseThrow();
        String html = page("yn-finance", get("/overview").param("drafts", "true"));

        long tables = count("SELECT COUNT(*) FROM evaluation e JOIN organisation o ON o.id = e.organisation_id WHERE o.path LIKE :p",
                bureau.path());
        long drafts = count("SELECT COUNT(*) FROM evaluation e JOIN organisation o ON o.id = e.organisation_id "
                + "WHERE o.path LIKE :p AND e.status = 'DRAFT'", bureau.path());
        assertThat(tables).isPositive();
        assertThat(figure(html, "summary-tables")).isEqualTo(String.valueOf(tables));
        assertThat(figure(html, "status-DRAFT")).isEqualTo(String.valueOf(drafts));
        assertThat(html).contains("data-org=\"" + dept.id() + "\"").contains("/overview?org=" + dept.id())
                .doesNotContain(MINHANG_CONSULTING).doesNotContain("闵行区科学技术委员会");

        String recheck = mvc.perform(get("/api/recheck").param("drafts", "true").param("org", String.valueOf(bureau.id())).param("size", "200")
                .with(as("yn-finance"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(figure(html, "summary-unmet")).isEqualTo(JsonPath.read(recheck, "$.summary.unmet").toString());
        assertThat(figure(html, "summary-rate"))
                .isEqualTo(new BigDecimal(JsonPath.read(recheck, "$.summary.meanRatePct").toString()).toPlainString());
        List<Object> gaps = JsonPath.read(recheck, "$.tables.items[*].gap");
        List<BigDecimal> known = gaps.stream().filter(Objects::nonNull).map(g -> new BigDecimal(g.toString())).toList();
        BigDecimal meanGap = known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 2, RoundingMode.HALF_UP);
        assertThat(figure(html, "summary-gap")).isEqualTo(meanGap.toPlainString());

        String json = chartJson(html);
        List<Integer> graded = JsonPath.read(json, "$[?(@.id == 'chart-grades')].series[0].data[*]");
        assertThat(graded.stream().mapToLong(Integer::longValue).sum()).isEqualTo(tables);
        List<String> children = JsonPath.read(json, "$[?(@.id == 'chart-children-grades')].categories[*]");
        assertThat(children).contains("云南省工业和信息化厅");
    }

    @Test
    void a_department_s_figures_are_summed_per_unit_in_one_declared_unit_and_each_unit_opens_its_own_overview()
            throws Exception {
        Organisation bureau = organisations.findByName("云南省财政厅").orElseThrow();
        Organisation dept = organisations.create(bureau, OrgKind.DEPARTMENT, "云南省概览测试厅", "云南省", OrgLevel.PROVINCE);
        Organisation inWanUnit = organisations.create(dept, OrgKind.UNIT, "概览测试万元中心", "云南省", OrgLevel.PROVINCE);
        Organisation inYuanUnit = organisations.create(dept, OrgKind.UNIT, "概览测试元中心", "云南省", OrgLevel.PROVINCE);
        SelfEvaluation inWan = evaluations.get(demoEvaluation(YUNNAN_PASS_RATE), person("admin")).form();
        SelfEvaluation inYuan = evaluations.get(demoEvaluation(MINHANG_CONSULTING), person("admin")).form();
        evaluations.create(inWan, "national-2020", inWanUnit.id(), person("admin"), AuditSource.IMPORT, "test");
        long yuan = evaluations.create(inYuan, "national-2020", inYuanUnit.id(), person("admin"), AuditSource.IMPORT, "test");
        // renamed so that other tests looking for the Minhang project outside Yunnan do not find it here
        jdbc.sql("UPDATE evaluation SET project = '概览测试（元）' WHERE id = :id").param("id", yuan).update();
        BigDecimal budget = inWan.funding().effectiveTotal().annual()
                .add(inYuan.funding().effectiveTotal().annual().divide(BigDecimal.valueOf(10_000)))
                .setScale(2, RoundingMode.HALF_UP);

        String html = page("admin", get("/overview").param("drafts", "true").param("org", String.valueOf(dept.id())).param("unit", "WAN_YUAN"));
        assertThat(figure(html, "summary-tables")).isEqualTo("2");
        assertThat(figure(html, "status-DRAFT")).isEqualTo("2");
        assertThat(figure(html, "summary-budget")).isEqualTo(budget.toPlainString());
        assertThat(html).contains("data-org=\"" + inWanUnit.id() + "\"").contains("data-org=\"" + inYuanUnit.id() + "\"");

        String unit = page("admin", get("/overview").param("drafts", "true").param("org", String.valueOf(inYuanUnit.id())));
        assertThat(figure(unit, "summary-tables")).isEqualTo("1");
        assertThat(unit).contains("id=\"overview-up\"").contains("/overview?org=" + dept.id());
    }

    @Test
    void nobody_sees_an_organisation_outside_their_scope_and_a_filler_sees_only_their_own_unit() throws Exception {
        long minhang = organisations.findByName("闵行区科学技术委员会").orElseThrow().id();
        long yunnanDept = organisations.findByName("云南省工业和信息化厅").orElseThrow().id();
        mvc.perform(get("/overview").param("drafts", "true").param("org", String.valueOf(minhang)).with(as("yn-finance"))).andExpect(status().isNotFound());
        mvc.perform(get("/overview").param("drafts", "true").param("org", String.valueOf(yunnanDept)).with(as("yn-filler"))).andExpect(status().isNotFound());
        mvc.perform(get("/overview").param("drafts", "true").param("org", "999999").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/overview").param("drafts", "true")).andExpect(status().is3xxRedirection());

        String own = page("yn-filler", get("/overview").param("drafts", "true"));
        assertThat(own).contains("云南省信息技术发展中心").doesNotContain("云南省工业和信息化厅 汇总")
                .doesNotContain("id=\"overview-children\"");
    }

    @Test
    void chart_data_travels_as_escaped_json_so_an_organisation_name_cannot_end_the_script() throws Exception {
        Organisation bureau = organisations.findByName("云南省财政厅").orElseThrow();
        Organisation dept = organisations.create(bureau, OrgKind.DEPARTMENT, "云南省图表测试厅", "云南省", OrgLevel.PROVINCE);
        String hostile = "</script><script>alert(\"x\")</script>&中心";
        organisations.create(dept, OrgKind.UNIT, hostile, "云南省", OrgLevel.PROVINCE);

        String html = page("admin", get("/overview").param("drafts", "true").param("org", String.valueOf(dept.id())));
        assertThat(html).doesNotContain("<script>alert");
        List<String> names = JsonPath.read(chartJson(html), "$[?(@.id == 'chart-children-grades')].categories[*]");
        assertThat(names).containsExactly(hostile);

        String recheck = page("yn-finance", get("/recheck").param("drafts", "true"));
        String json = chartJson(recheck);
        List<String> bins = JsonPath.read(json, "$[?(@.id == 'chart-gaps')].categories[*]");
        assertThat(bins).containsExactly("0–1", "1–2", "2–5", "5–10", "≥10");
        List<Integer> tables = JsonPath.read(json, "$[?(@.id == 'chart-grades')].series[0].data[*]");
        assertThat(tables.stream().mapToInt(Integer::intValue).sum()).isEqualTo(Integer.parseInt(figure(recheck, "summary-tables")));
        assertThat(recheck).contains("/dist/echarts.min.js").contains("/js/charts.js");
    }
}
