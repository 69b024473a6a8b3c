package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_TOTAL: the printed 总分 against the recomputed total. */
class TotalArithmeticTest {
    private final Check check = new TotalArithmetic();

    @Test
    void a_printed_total_that_is_not_execution_plus_indicators_is_an_error() {
        List<Finding> f = SeedTables.yunnan13().total("95.00").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_TOTAL");
        assertThat(zh(f.get(0))).contains("95.00", "93.30");
    }

    @Test
    void the_right_total_raises_nothing() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
        assertThat(SeedTables.suzhou().findings(check)).isEmpty();
    }
}
