package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_EXECUTION_SCORE: the printed execution 得分 against weight × min(rate, 1). */
class ExecutionScoreTest {
    private final Check check = new ExecutionArithmetic();

    @Test
    void a_full_execution_score_printed_for_96_44_percent_is_an_error() {
        List<Finding> f = Tables.national().funding(null, "340.00", "327.89", "10.00", "96.44", "10.00").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_EXECUTION_SCORE");
        assertThat(zh(f.get(0))).contains("10.00", "9.64", "10.00 × 327.89 / 340.00 = 9.64");
        assertThat(en(f.get(0))).contains("9.64");
    }

    @Test
    void a_score_printed_in_whole_points_is_a_notice_not_an_error() {
        List<Finding> f = Tables.national().funding(null, "340.00", "327.89", "10", "96.44", "10").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_EXECUTION_SCORE.rounded");
        assertThat(f.get(0).severity()).isEqualTo(Severity.NOTICE);
    }

    @Test
    void the_right_score_raises_nothing() {
        assertThat(Tables.national().funding(null, "340.00", "327.89", "10.00", "96.44", "9.64").findings(check)).isEmpty();
    }
}
