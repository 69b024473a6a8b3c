package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.cell;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** FUNDS_ARRIVAL_MISMATCH: 资金到位率 against 财政拨款数 / (年初预算数 + 调整数). */
class FundsArrivalMismatchTest {
    private final Check check = new FundsArrivalMismatch();

    @Test
    void suzhous_100_percent_arrival_against_88_65_percent_allocated_is_an_error() {
        List<Finding> f = SeedTables.suzhou().findings(check);

        assertThat(keys(f)).containsExactly("FUNDS_ARRIVAL_MISMATCH");
        assertThat(f.get(0).place().indicator()).isEqualTo("资金到位率");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(zh(f.get(0))).contains("100", "2077.78", "2343.7", "88.65");
        assertThat(en(f.get(0))).contains("88.65");
    }

    @Test
    void an_arrival_rate_the_allocation_supports_raises_nothing() {
        assertThat(Tables.suzhou().use("2343.7", "0", "2343.7", "0", "0", "2300", "43.7", "0", "43.7")
                .indicator(cell("过程目标", null, "资金到位率", "=100%", "100%", "1", "1")).findings(check)).isEmpty();
    }

    @Test
    void a_form_without_the_allocation_figures_raises_nothing() {
        assertThat(Tables.national()
                .indicator(row("产出指标", "时效指标", "资金到位率", "=", "100", "%", "100", "10", "10", ""))
                .findings(check)).isEmpty();
    }
}
