package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_INDICATOR_SCORE: a recomputed indicator score against the printed one. */
class IndicatorScoreArithmeticTest {
    private final Check check = new IndicatorScoreArithmetic();

    private Tables.Builder passRate(String printedScore) {
        return Tables.national().indicator(row("产出指标", "质量指标", "合格率", ">=", "25", "%", "13.95", "15.00",
                printedScore, "试题难度大"));
    }

    @Test
    void a_printed_score_the_rules_do_not_give_is_an_error_with_the_formula() {
        List<Finding> f = passRate("9.00").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_INDICATOR_SCORE");
        assertThat(f.get(0).place().indicator()).isEqualTo("合格率");
        assertThat(f.get(0).place().indicatorIndex()).isZero();
        assertThat(zh(f.get(0))).contains("9.00", "8.37", "15.00 × 13.95 / 25 = 8.37");
        assertThat(en(f.get(0))).contains("8.37");
    }

    @Test
    void the_score_the_rules_give_raises_nothing() {
        assertThat(passRate("8.37").findings(check)).isEmpty();
    }

    @Test
    void a_score_printed_in_whole_points_is_a_notice() {
        List<Finding> f = passRate("8").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_INDICATOR_SCORE.rounded");
        assertThat(f.get(0).severity()).isEqualTo(Severity.NOTICE);
    }

    @Test
    void a_printed_score_kept_because_the_actual_restates_the_target_is_not_arithmetic() {
        assertThat(SeedTables.minhang1().findings(check)).isEmpty();
    }
}
