package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.cell;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_EXECUTION_RATE.indicator: an execution-rate indicator of its own (Suzhou) against 实际支付数 / 财政拨款数. */
class ExecutionIndicatorArithmeticTest {
    private final Check check = new ExecutionIndicatorArithmetic();

    private Tables.Builder suzhouClaiming(String actual) {
        return Tables.suzhou().use("2343.7", "0", "2077.78", "265.92", "265.92", "2077.6", "0.18", "0", "0.18")
                .indicator(cell("过程目标", null, "预算执行率", "=100%", actual, "8", "8"));
    }

    @Test
    void suzhous_100_percent_for_99_99_agrees_at_the_printed_precision() {
        assertThat(suzhouClaiming("100%").findings(check)).isEmpty();
    }

    @Test
    void a_claimed_execution_rate_the_payments_do_not_support_is_an_error() {
        List<Finding> f = suzhouClaiming("100.00%").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_EXECUTION_RATE.indicator");
        assertThat(zh(f.get(0))).contains("2077.6", "2077.78", "99.99");
    }
}
