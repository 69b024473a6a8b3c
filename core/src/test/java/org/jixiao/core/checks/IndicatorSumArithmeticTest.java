package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_INDICATOR_SUM: the printed indicator sums against the score sheet. */
class IndicatorSumArithmeticTest {
    private final Check check = new IndicatorSumArithmetic();

    @Test
    void yunnans_printed_sums_are_right_not_counting_rows_not_reported() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
        assertThat(SeedTables.yunnan14().findings(check)).isEmpty();
    }

    @Test
    void a_printed_score_sum_that_is_not_the_sum_is_an_error() {
        List<Finding> f = SeedTables.yunnan13().sums("90.00", "85.00").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_INDICATOR_SUM.score");
        assertThat(zh(f.get(0))).contains("85.00", "83.37");
    }

    @Test
    void a_printed_weight_sum_that_is_not_the_sum_is_an_error() {
        assertThat(keys(SeedTables.yunnan13().sums("100.00", "83.37").findings(check)))
                .containsExactly("ARITHMETIC_INDICATOR_SUM.weight");
    }

    /** Yunnan 13 with the 分值 of its last row left blank, its 得分 10.00 still printed. */
    static Tables.Builder yunnan13WithoutOneWeight() {
        return Tables.national()
                .indicator(Tables.row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "18", "20.00", "20.00", ""))
                .indicator(Tables.row("产出指标", "质量指标", "实考率", ">=", "55", "%", "64.9", "15.00", "15.00", ""))
                .indicator(Tables.row("产出指标", "质量指标", "合格率", ">=", "25", "%", "13.95", "15.00", "8.37", "原因"))
                .indicator(Tables.row("效益指标", "社会效益", "网站年浏览量", ">=", "150000", "次", "253405", "30.00", "30.00", ""))
                .indicator(Tables.row("满意度指标", "服务对象满意度", "咨询服务渠道", ">=", "3", "个", "4", null, "10.00", ""))
                .sums("90.00", "83.37");
    }

    @Test
    void a_row_with_a_score_but_no_weight_makes_the_weight_sum_unknown_and_is_named_rather_than_a_wrong_sum() {
        List<Finding> f = yunnan13WithoutOneWeight().findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_INDICATOR_SUM.weight_unknown");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(zh(f.get(0))).contains("90.00", "咨询服务渠道", "没有分值", "80");
        assertThat(Found.en(f.get(0))).contains("90.00", "咨询服务渠道", "no weight", "80");
    }
}
