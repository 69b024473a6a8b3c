package org.jixiao.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jixiao.core.checks.CheckContext;
import org.jixiao.core.checks.Checks;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.junit.jupiter.api.Test;

/**
 * The re-check (复核) end to end: the published sample disclosures read through the text reader, scored under the
 * scheme their layout implies, and checked — finding what a careful finance reviewer finds (spec §4,
 * expected.json), and no arithmetic error in any seed's scores, total or grade.
 */
class SeedFindingsTest {
    private static final String YUNNAN = "000_04ee162c2bec9128.txt";
    private static final String SUZHOU = "003_c9ca6d132b3858a0.txt";
    private static final String MINHANG = "004_1c7597119af05248.txt";

    private static List<Finding> recheck(String file, int index) throws IOException {
        ReadResult result = new DisclosureReader().read(Seeds.file(file));
        assertThat(result.tables().size()).as("tables in " + file).isGreaterThanOrEqualTo(index);
        ReadTable table = result.tables().get(index - 1);
        SelfEvaluation e = table.evaluation();
        return Checks.run(Checks.all(), CheckContext.scored(e, Schemes.builtIn().forLayout(e.layout())));
    }

    private static List<String> keysOn(List<Finding> findings, String indicator) {
        return findings.stream().filter(f -> indicator.equals(f.place().indicator())).map(Finding::key).toList();
    }

    private static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void no_seed_has_an_arithmetic_error_in_its_indicator_scores_execution_score_total_or_grade() throws IOException {
        for (var table : List.of(List.of(YUNNAN, 1), List.of(YUNNAN, 2), List.of(SUZHOU, 1), List.of(MINHANG, 1),
                List.of(MINHANG, 2), List.of(MINHANG, 3), List.of(MINHANG, 4))) {
            List<Finding> f = recheck((String) table.get(0), (Integer) table.get(1));
            for (String code : List.of("ARITHMETIC_INDICATOR_SCORE", "ARITHMETIC_EXECUTION_SCORE",
                    "ARITHMETIC_EXECUTION_RATE", "ARITHMETIC_INDICATOR_SUM", "ARITHMETIC_TOTAL", "ARITHMETIC_GRADE")) {
                assertThat(withCode(f, code)).as(table + " " + code).isEmpty();
            }
        }
    }

    @Test
    void yunnan_13_over_achieves_its_exam_sites_and_files_service_channels_under_satisfaction() throws IOException {
        List<Finding> f = recheck(YUNNAN, 1);

        assertThat(keysOn(f, "计算机技术与软件专业资格考试考点数量")).contains("OVER_ACHIEVEMENT_UNEXPLAINED");
        assertThat(withCode(f, "OVER_ACHIEVEMENT_UNEXPLAINED")).anySatisfy(x -> assertThat(x.message(java.util.Locale.CHINESE)).contains("225%"));
        assertThat(keysOn(f, "计算机技术与软件专业资格考试咨询服务渠道")).contains("MISCLASSIFIED.satisfaction");
        assertThat(keysOn(f, "计算机技术与软件专业资格考试合格率")).doesNotContain("UNMET_NO_REASON");
        assertThat(withCode(f, "ARITHMETIC_FUNDING_SUBROWS")).isEmpty();
    }

    @Test
    void yunnan_14_replaces_its_indicators_counts_execution_twice_and_misfiles_two() throws IOException {
        List<Finding> f = recheck(YUNNAN, 2);

        assertThat(withCode(f, "INDICATORS_CHANGED_AT_EVALUATION")).hasSize(1);
        assertThat(keysOn(f, "年度省级财政补助资金完成率")).contains("EXECUTION_COUNTED_TWICE.same_figure");
        assertThat(keysOn(f, "审计、督查、巡视等指出问题数")).contains("MISCLASSIFIED.satisfaction");
        assertThat(keysOn(f, "超规模、超标准、超预算")).contains("MISCLASSIFIED.timeliness");
        assertThat(withCode(f, "ACTUAL_MISSING_NO_REASON")).isEmpty();
        assertThat(withCode(f, "WEIGHTS_NOT_SUMMING")).isEmpty();
        assertThat(withCode(f, "ARITHMETIC_FUNDING_SUBROWS")).isEmpty();
    }

    @Test
    void suzhou_claims_full_funds_arrival_against_88_65_percent_and_its_execution_indicator_is_its_own() throws IOException {
        List<Finding> f = recheck(SUZHOU, 1);

        assertThat(keysOn(f, "资金到位率")).containsExactly("FUNDS_ARRIVAL_MISMATCH");
        assertThat(withCode(f, "FUNDS_ARRIVAL_MISMATCH").get(0).message(java.util.Locale.CHINESE)).contains("88.65");
        assertThat(keysOn(f, "预算执行率")).isEmpty();
        assertThat(withCode(f, "EXECUTION_COUNTED_TWICE")).isEmpty();
        assertThat(withCode(f, "GRADE_BANDS_UNSET")).hasSize(1);
        assertThat(f).noneMatch(x -> x.code().startsWith("ARITHMETIC_"));
    }

    @Test
    void minhang_restates_its_satisfaction_targets_and_prints_initial_budgets_over_empty_sub_rows() throws IOException {
        for (int index = 1; index <= 4; index++) {
            List<Finding> f = recheck(MINHANG, index);

            assertThat(withCode(f, "ACTUAL_RESTATES_TARGET")).as("table " + index).hasSize(1)
                    .allMatch(x -> x.place().indicator().endsWith("满意度"));
            assertThat(withCode(f, "ARITHMETIC_FUNDING_SUBROWS")).as("table " + index).isNotEmpty()
                    .allMatch(x -> "年初预算数".equals(x.place().column()));
        }
    }

    @Test
    void minhang_over_achieves_its_reviews_and_sets_vague_targets() throws IOException {
        List<Finding> first = recheck(MINHANG, 1);

        assertThat(keysOn(first, "完成信息化项目咨询评估工作")).contains("OVER_ACHIEVEMENT_UNEXPLAINED");
        for (List<Finding> f : List.of(first, recheck(MINHANG, 4))) {
            assertThat(keysOn(f, "辖区信息化建设水平")).contains("VAGUE_TARGET");
            assertThat(keysOn(f, "信息化建设方案完善情况")).contains("VAGUE_TARGET");
            assertThat(keysOn(f, "评估完成及时性")).doesNotContain("VAGUE_TARGET");
        }
    }
}
