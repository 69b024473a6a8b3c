package org.jixiao.server.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.core.checks.RecheckFigures;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.office.table.OfficialTables;
import org.jixiao.server.IntegrationTestBase;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.EvaluationStored;
import org.jixiao.server.evaluation.Recheck;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** The stored 复核 figures follow every way an evaluation changes, and start-up derives those that are missing. */
class RecheckFiguresIntegrationTest extends IntegrationTestBase {
    @Autowired
    RecheckDerivation derivation;
    @Autowired
    RecheckBackfill backfill;
    @Autowired
    WorkflowService workflow;

    /** What the core derives now from the evaluation as stored. */
    private RecheckFigures derived(long id) {
        return derivation.figures(EvaluationStored.of(evaluations.get(id, person("admin"))));
    }

    private Map<String, Object> stored(long id) {
        return jdbc.sql("SELECT * FROM evaluation_recheck WHERE evaluation_id = :id").param("id", id).query().singleRow();
    }

    private Map<String, Integer> storedCodes(long id) {
        Map<String, Integer> codes = new TreeMap<>();
        jdbc.sql("SELECT code, severity, findings FROM evaluation_finding WHERE evaluation_id = :id").param("id", id)
                .query(rs -> {
                    codes.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
                });
        return codes;
    }

    /** The stored row holds exactly what the core derives from the stored evaluation. */
    private void assertFollows(long id) {
        RecheckFigures f = derived(id);
        Map<String, Object> row = stored(id);
        assertThat(row.get("revision")).isEqualTo(derivation.revision());
        assertEqual(row.get("self_total"), f.selfTotal());
        assertEqual(row.get("recomputed_total"), f.recomputedTotal());
        assertEqual(row.get("rechecked_total"), f.recheckedTotal());
        assertEqual(row.get("gap"), f.gap());
        assertEqual(row.get("budget_yuan"), f.budgetYuan());
        assertEqual(row.get("executed_yuan"), f.executedYuan());
        assertEqual(row.get("rate_pct"), f.ratePct());
        assertThat(row.get("grade")).isEqualTo(f.grade());
        assertThat(((Number) row.get("unmet")).intValue()).isEqualTo(f.unmet());
        assertThat(((Number) row.get("errors")).intValue()).isEqualTo(f.count(Severity.ERROR));
        assertThat(((Number) row.get("warnings")).intValue()).isEqualTo(f.count(Severity.WARNING));
        Map<String, Integer> codes = new TreeMap<>();
        f.findingCounts().forEach((k, n) -> codes.put(k.code() + "/" + k.severity().name(), n));
        assertThat(storedCodes(id)).isEqualTo(codes);
    }

    private static void assertEqual(Object column, BigDecimal expected) {
        if (expected == null) {
            assertThat(column).isNull();
        } else {
            assertThat((BigDecimal) column).isEqualByComparingTo(expected);
        }
    }

    private SelfEvaluation withThirdActual(SelfEvaluation form, String actual) {
        List<Indicator> indicators = new ArrayList<>(form.indicators());
        indicators.set(2, indicators.get(2).withActual(Actual.reported(actual)));
        return form.withIndicators(indicators);
    }

    @Test
    void a_form_save_rewrites_the_figures_and_the_codes() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        assertFollows(id);
        BigDecimal before = (BigDecimal) stored(id).get("recomputed_total");
        SelfEvaluation form = evaluations.get(id, person("yn-filler")).form();

        evaluations.save(id, 0, withThirdActual(form, "1"), null, person("yn-filler"), AuditSource.SCREEN);
        assertFollows(id);
        assertThat((BigDecimal) stored(id).get("recomputed_total")).isLessThan(before);

        evaluations.save(id, 1, withThirdActual(form, ">=25%"), null, person("yn-filler"), AuditSource.SCREEN);
        assertFollows(id);
        assertThat(storedCodes(id)).containsKey("ACTUAL_RESTATES_TARGET/WARNING");
    }

    @Test
    void an_API_actuals_update_rewrites_the_figures() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        Object before = stored(id).get("recomputed_total");
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":2,\"actual\":\"1\"}]}"))
                .andExpect(status().isOk());

        assertFollows(id);
        assertThat((BigDecimal) stored(id).get("recomputed_total")).isLessThan((BigDecimal) before);
    }

    @Test
    void the_finance_reviewer_s_recheck_entry_sets_the_rechecked_total_and_the_gap() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        assertThat(stored(id).get("rechecked_total")).isNull();
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        workflow.act(id, Transition.FINANCE_APPROVE, "复核通过", null, new ArrayList<>(Arrays.asList(Recheck.NONE, Recheck.NONE,
                new Recheck(BigDecimal.ZERO, null, "合格率未达目标"))), person("yn-finance"));

        assertFollows(id);
        Map<String, Object> row = stored(id);
        assertThat((BigDecimal) row.get("rechecked_total")).isEqualByComparingTo("84.93");
        assertThat((BigDecimal) row.get("gap"))
                .isEqualByComparingTo(((BigDecimal) row.get("self_total")).subtract(new BigDecimal("84.93")).abs());
    }

    @Test
    void an_import_creating_and_then_updating_a_table_writes_its_figures() throws Exception {
        SelfEvaluation demo = evaluations.get(demoEvaluation(YUNNAN_PASS_RATE), person("admin")).form();
        Header h = demo.header();
        SelfEvaluation renamed = new SelfEvaluation(new Header("复核数据导入测试", h.department(), h.unit(), h.year(),
                h.currencyUnit(), h.preparedBy(), h.disclosureNo(), h.kind()), demo.funding(), demo.goals(), demo.indicators(),
                demo.reportedIndicatorWeightSum(), demo.reportedIndicatorScoreSum(), demo.reportedMaxTotal(),
                demo.reportedTotal(), demo.reportedGrade(), demo.notes(), demo.layout(), 0);
        importText(renamed);
        long id = jdbc.sql("SELECT id FROM evaluation WHERE project = '复核数据导入测试'").query(Long.class).single();
        assertFollows(id);

        importText(withThirdActual(renamed, ">=25%"));
        assertFollows(id);
        assertThat(storedCodes(id)).containsKey("ACTUAL_RESTATES_TARGET/WARNING");
    }

    private void importText(SelfEvaluation form) throws Exception {
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        mvc.perform(multipart("/api/evaluations/import").file(new MockMultipartFile("files", "t.txt", "text/plain",
                        OfficialTables.of(form).asText().getBytes(StandardCharsets.UTF_8)))
                        .param("organisationId", String.valueOf(unit)).param("year", "2023").with(as("yn-filler")))
                .andExpect(status().isOk());
    }

    @Test
    void start_up_derives_the_figures_of_a_table_that_has_none_or_those_of_an_older_revision() {
        long missing = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        long older = copyOf(YUNNAN_PASS_RATE, "yn-filler"); // Minhang's counts are other tests' fixtures
        jdbc.sql("DELETE FROM evaluation_finding WHERE evaluation_id = :id").param("id", missing).update();
        jdbc.sql("DELETE FROM evaluation_recheck WHERE evaluation_id = :id").param("id", missing).update();
        jdbc.sql("UPDATE evaluation_recheck SET revision = 'older', gap = NULL WHERE evaluation_id = :id").param("id", older).update();

        backfill.run(null);

        assertFollows(missing);
        assertFollows(older);
        assertThat(derivation.revision()).isNotEqualTo("older");
        long stale = jdbc.sql("SELECT COUNT(*) FROM evaluation e WHERE NOT EXISTS (SELECT 1 FROM evaluation_recheck r"
                + " WHERE r.evaluation_id = e.id AND r.revision = :r)").param("r", derivation.revision()).query(Long.class).single();
        assertThat(stale).isZero();
    }
}
