package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.cell;
import static org.jixiao.core.checks.Tables.notReported;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** INDICATORS_CHANGED_AT_EVALUATION: indicators replaced in the table, or different from the declaration. */
class IndicatorsChangedTest {
    private final Check check = new IndicatorsChangedAtEvaluation();

    @Test
    void rows_not_reported_while_new_ones_carry_all_the_weight_are_indicators_changed_at_evaluation() {
        List<Finding> f = SeedTables.yunnan14().findings(check);

        assertThat(keys(f)).containsExactly("INDICATORS_CHANGED_AT_EVALUATION");
        assertThat(f.get(0).place().isIndicator()).isFalse();
        assertThat(zh(f.get(0))).contains("6 项", "承载业务系统数量", "业务系统托管单位满意度", "90.00", "8 项");
        assertThat(en(f.get(0))).contains("6 indicators");
    }

    @Test
    void a_row_not_reported_whose_weight_nobody_took_over_is_not_a_replacement() {
        assertThat(Tables.national()
                .indicator(notReported("产出指标", "数量指标", "承载业务系统数量", ">=", "10", "个", "系统下线"))
                .indicator(row("产出指标", "数量指标", "完成运维应用系统数量", "=", "10", "个", "10", "40", "40", ""))
                .indicator(row("效益指标", "社会效益", "正常运行时间比率", ">=", "90", "%", "100", "30", "30", ""))
                .indicator(row("满意度指标", "服务对象满意度", "满意度", ">=", "90", "%", "95", "10", "10", ""))
                .findings(check)).isEmpty();
    }

    @Test
    void rows_marked_as_new_indicators_are_flagged_even_when_none_was_dropped() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "完成运维应用系统数量", "=", "10", "个", "10", "50", "50", SeedTables.NEW_PART))
                .findings(check);

        assertThat(keys(f)).containsExactly("INDICATORS_CHANGED_AT_EVALUATION.marked_new");
    }

    @Test
    void a_deviation_reason_that_merely_mentions_something_new_is_not_a_new_indicator() {
        assertThat(Tables.national()
                .indicator(row("产出指标", "数量指标", "注册用户数", ">=", "100", "人", "90", "50", "45", "新增用户少于预期"))
                .findings(check)).isEmpty();
    }

    @Test
    void the_tables_without_replaced_rows_raise_nothing() {
        for (Tables.Builder seed : List.of(SeedTables.yunnan13(), SeedTables.suzhou(), SeedTables.minhang1())) {
            assertThat(seed.findings(check)).isEmpty();
        }
    }

    @Test
    void against_the_declaration_indicators_added_dropped_or_retargeted_are_flagged() {
        Indicator declaredKept = row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "", null, null, "");
        Indicator declaredRetargeted = row("产出指标", "质量指标", "合格率", ">=", "30", "%", "", null, null, "");
        Indicator declaredDropped = row("效益指标", "社会效益", "网站年浏览量", ">=", "150000", "次", "", null, null, "");
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "8", "50", "50", ""))
                .indicator(row("产出指标", "质量指标", "合格率", ">=", "25", "%", "25", "30", "30", ""))
                .indicator(row("满意度指标", "服务对象满意度", "考生满意度", ">=", "90", "%", "95", "10", "10", ""))
                .declared(List.of(declaredKept, declaredRetargeted, declaredDropped))
                .findings(check);

        assertThat(keys(f)).containsExactlyInAnyOrder("INDICATORS_CHANGED_AT_EVALUATION.dropped",
                "INDICATORS_CHANGED_AT_EVALUATION.target_changed", "INDICATORS_CHANGED_AT_EVALUATION.added");
        assertThat(f).anySatisfy(x -> assertThat(zh(x)).contains("网站年浏览量"));
        assertThat(f).anySatisfy(x -> assertThat(zh(x)).contains(">=30%", ">=25%"));
        assertThat(f).anySatisfy(x -> assertThat(zh(x)).contains("考生满意度"));
    }

    @Test
    void an_evaluation_of_exactly_the_declared_indicators_raises_nothing_and_common_indicators_are_never_declared() {
        Indicator declared = cell("产出目标", null, "驻场运维人数", ">=30 人", "", null, null);
        Tables.Builder table = Tables.suzhou()
                .indicator(cell("过程目标", null, "预算执行率", "=100%", "100%", "8", "8"))
                .indicator(cell("产出目标", null, "驻场运维人数", ">=30 人", "30 人", "55", "55"))
                .declared(List.of(declared.withActual(Actual.reported(""))));

        assertThat(table.findings(check)).isEmpty();
    }
}
