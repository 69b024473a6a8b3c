package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.jixiao.core.evaluation.FundingRow.Kind;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_EXECUTION_RATE: the printed 执行率 against 全年执行数 / 全年预算数, at the printed precision. */
class ExecutionRateTest {
    private final Check check = new ExecutionArithmetic();

    @Test
    void a_printed_rate_that_the_amounts_do_not_give_is_an_error() {
        List<Finding> f = Tables.national().funding("200", "200", "150", "10", "80.00", "7.50").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_EXECUTION_RATE");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(0).place().column()).isEqualTo("执行率");
        assertThat(zh(f.get(0))).contains("80.00", "150", "200", "75.00");
        assertThat(en(f.get(0))).contains("80.00", "75.00");
    }

    @Test
    void a_rate_printed_as_100_for_99_99_agrees_at_the_printed_precision() {
        assertThat(Tables.national().funding("2077.78", "2077.78", "2077.6", "10", "100", "10.00").findings(check)
                .stream().filter(x -> x.code().equals(ExecutionArithmetic.RATE))).isEmpty();
    }

    @Test
    void the_same_rate_printed_with_two_decimals_is_a_difference() {
        List<Finding> f = Tables.national().funding("2077.78", "2077.78", "2077.6", "10", "100.00", "10.00").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_EXECUTION_RATE");
        assertThat(zh(f.get(0))).contains("99.99");
    }

    @Test
    void yunnans_printed_rates_and_scores_are_right() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
        assertThat(SeedTables.yunnan14().findings(check)).isEmpty();
    }

    @Test
    void a_sub_row_rate_is_checked_against_that_rows_own_amounts() {
        List<Finding> f = Tables.national().funding("272.20", "247.14", "245.44", "10.00", "99.31", "9.93")
                .fundingRow(Kind.CURRENT_FISCAL, "272.20", "247.14", "245.44", "98.00").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_EXECUTION_RATE.row");
        assertThat(f.get(0).place().row()).isEqualTo("当年财政拨款");
    }
}
