package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.codes;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.on;
import static org.jixiao.core.checks.Found.withCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader finds in the three sample disclosures (expected.json and spec §4), on the tables built by
 * hand in {@link SeedTables}.
 */
class SeedExpectationsTest {

    private static List<Finding> recheck(Tables.Builder table) {
        return Checks.run(Checks.all(), table.context());
    }

    @Test
    void no_seed_has_an_arithmetic_error_in_its_scores_total_or_grade() {
        for (Tables.Builder seed : SeedTables.all()) {
            assertThat(codes(recheck(seed)))
                    .filteredOn(c -> c.startsWith("ARITHMETIC_"))
                    .allMatch("ARITHMETIC_FUNDING_SUBROWS"::equals);
        }
    }

    @Test
    void yunnan_13_over_achieves_its_exam_sites_and_files_service_channels_under_satisfaction() {
        List<Finding> f = recheck(SeedTables.yunnan13());

        assertThat(keys(on(f, "计算机技术与软件专业资格考试考点数量"))).containsExactly("OVER_ACHIEVEMENT_UNEXPLAINED");
        assertThat(keys(on(f, "计算机技术与软件专业资格考试咨询服务渠道"))).contains("MISCLASSIFIED.satisfaction");
        assertThat(on(f, "计算机技术与软件专业资格考试合格率")).isEmpty(); // unmet, but explained
        assertThat(on(f, "计算机技术与软件专业资格考试实考率")).isEmpty(); // 118 %, under the threshold
    }

    @Test
    void yunnan_14_replaces_its_indicators_counts_execution_twice_and_misfiles_two() {
        List<Finding> f = recheck(SeedTables.yunnan14());

        assertThat(withCode(f, "INDICATORS_CHANGED_AT_EVALUATION")).hasSize(1);
        assertThat(keys(on(f, "年度省级财政补助资金完成率"))).contains("EXECUTION_COUNTED_TWICE.same_figure");
        assertThat(keys(on(f, "审计、督查、巡视等指出问题数"))).contains("MISCLASSIFIED.satisfaction");
        assertThat(keys(on(f, "超规模、超标准、超预算"))).contains("MISCLASSIFIED.timeliness");
        assertThat(withCode(f, "ACTUAL_MISSING_NO_REASON")).isEmpty();
        assertThat(withCode(f, "UNMET_NO_REASON")).isEmpty();
        assertThat(withCode(f, "WEIGHTS_NOT_SUMMING")).isEmpty();
    }

    @Test
    void suzhou_claims_full_funds_arrival_against_88_65_percent_and_publishes_no_grade_bands() {
        List<Finding> f = recheck(SeedTables.suzhou());

        assertThat(keys(on(f, "资金到位率"))).containsExactly("FUNDS_ARRIVAL_MISMATCH");
        assertThat(on(f, "预算执行率")).isEmpty();
        assertThat(withCode(f, "EXECUTION_COUNTED_TWICE")).isEmpty();
        assertThat(withCode(f, "GRADE_BANDS_UNSET")).hasSize(1);
        assertThat(codes(f)).noneMatch(c -> c.startsWith("ARITHMETIC_"));
    }

    @Test
    void minhang_restates_its_satisfaction_targets_and_prints_initial_budgets_over_empty_sub_rows() {
        List<List<Finding>> tables = List.of(recheck(SeedTables.minhang1()), recheck(SeedTables.minhang2()),
                recheck(SeedTables.minhang3()), recheck(SeedTables.minhang4()));

        for (List<Finding> f : tables) {
            assertThat(withCode(f, "ACTUAL_RESTATES_TARGET")).hasSize(1)
                    .allMatch(x -> x.place().indicator().endsWith("满意度"));
            assertThat(keys(withCode(f, "ARITHMETIC_FUNDING_SUBROWS"))).containsExactly("ARITHMETIC_FUNDING_SUBROWS");
            assertThat(withCode(f, "ARITHMETIC_FUNDING_SUBROWS").get(0).place().column()).isEqualTo("年初预算数");
        }
    }

    @Test
    void minhang_over_achieves_its_reviews_and_sets_vague_targets() {
        List<Finding> first = recheck(SeedTables.minhang1());
        List<Finding> fourth = recheck(SeedTables.minhang4());

        assertThat(keys(on(first, "完成信息化项目咨询评估工作"))).containsExactly("OVER_ACHIEVEMENT_UNEXPLAINED");
        for (List<Finding> f : List.of(first, fourth)) {
            assertThat(keys(on(f, "辖区信息化建设水平"))).containsExactly("VAGUE_TARGET");
            assertThat(keys(on(f, "信息化建设方案完善情况"))).containsExactly("VAGUE_TARGET");
            assertThat(on(f, "评估完成及时性")).isEmpty();
        }
    }
}
