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
}
