package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.OrgLevel;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.recheck.SchemeWhatIf;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 复核 → 比较评分方案: a department's tables under their own scheme and a second one, computed, nothing stored. */
class SchemeWhatIfIntegrationTest extends IntegrationTestBase {

    @Autowired
    SchemeWhatIf whatIf;

    private String page(String user, Object... params) throws Exception {
        var request = get("/recheck/schemes");
        for (int k = 0; k < params.length; k += 2) {
            request = request.param((String) params[k], String.valueOf(params[k + 1]));
        }
        return mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_missed_ceiling_moves_the_mean_and_the_grade_under_the_legacy_scheme() throws Exception {
        Organisation bureau = organisations.findByName("云南省财政厅").orElseThrow();
        Organisation dept = organisations.create(bureau, OrgKind.DEPARTMENT, "云南省方案比较测试厅", "云南省", OrgLevel.PROVINCE);
        Organisation unit = organisations.create(dept, OrgKind.UNIT, "云南省方案比较测试中心", "云南省", OrgLevel.PROVINCE);
        SelfEvaluation form = evaluations.get(demoEvaluation(YUNNAN_PASS_RATE), person("admin")).form();
        List<Indicator> rows = new ArrayList<>(form.indicators());
        // 考点数量 read as a ceiling of 8 that 18 misses: national 0 of 20, legacy 20 × 8 / 18 = 8.89
        Indicator sites = rows.get(0);
        rows.set(0, new Indicator(sites.level1(), sites.level2(), sites.name(), Target.of("<=", "8", "个"), sites.actual(),
                sites.weight(), sites.reportedScore(), sites.deviationReason(), sites.line()));
        long id = evaluations.create(form.withIndicators(rows), "national-2020", unit.id(), person("admin"), AuditSource.IMPORT, "test");
        long before = jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single();

        SchemeWhatIf.Result result = whatIf.compare(dept.id(), null, "mof-legacy", true, person("yn-finance"));
        assertThat(result.rows()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.ownScheme()).isEqualTo("national-2020");
            assertThat(r.ownTotal()).isEqualByComparingTo("73.30");
            assertThat(r.ownGrade()).isEqualTo("中");
            assertThat(r.otherTotal()).isEqualByComparingTo("82.19");
            assertThat(r.otherGrade()).isEqualTo("良");
            assertThat(r.rowsDiffering()).isEqualTo(1);
        });
        assertThat(result.meanShift()).isEqualByComparingTo("8.89");
        assertThat(result.gradeChanges()).isEqualTo(1);

        String html = page("yn-finance", "org", dept.id(), "scheme", "mof-legacy", "drafts", "true");
        assertThat(html).contains("id=\"whatif-list\"").contains(YUNNAN_PASS_RATE).contains("82.19").contains("grade-changes");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_comparison_keeps_to_the_callers_scope_and_refuses_fillers() throws Exception {
        String html = page("yn-finance", "scheme", "exec20");
        assertThat(html).contains(YUNNAN_PASS_RATE);
        long inYunnan = jdbc.sql("SELECT COUNT(*) FROM evaluation e JOIN organisation o ON o.id = e.organisation_id WHERE o.path LIKE :p")
                .param("p", organisations.findByName("云南省财政厅").orElseThrow().path() + "%").query(Long.class).single();
        assertThat(whatIf.compare(null, null, "exec20", true, person("yn-finance")).rows()).hasSize((int) inYunnan);
        long minhang = organisations.findByName("闵行区科学技术委员会").orElseThrow().id();
        mvc.perform(get("/recheck/schemes").param("org", String.valueOf(minhang)).with(as("yn-finance"))).andExpect(status().isNotFound());
        mvc.perform(get("/recheck/schemes").with(as("yn-filler"))).andExpect(status().isForbidden());
    }
}
