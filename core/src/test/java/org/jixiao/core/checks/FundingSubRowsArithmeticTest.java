package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.jixiao.core.evaluation.FundingRow.Kind;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_FUNDING_SUBROWS: the total row of the funding block against its sub-rows. */
class FundingSubRowsArithmeticTest {
    private final Check check = new FundingSubRowsArithmetic();

    @Test
    void minhangs_initial_budget_over_sub_rows_of_zero_is_an_error() {
        List<Finding> f = SeedTables.minhang1().findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_FUNDING_SUBROWS");
        assertThat(f.get(0).place().column()).isEqualTo("年初预算数");
        assertThat(zh(f.get(0))).contains("457000.00", "当年财政拨款 + 上年结转资金 + 其他资金", "合计为 0");
        assertThat(en(f.get(0))).contains("initial budget", "457000.00");
    }

    @Test
    void yunnans_total_equal_to_its_sub_rows_and_blank_columns_raise_nothing() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
        assertThat(SeedTables.yunnan14().findings(check)).isEmpty();
    }

    @Test
    void a_total_row_of_zeros_over_sub_rows_with_amounts_asks_for_the_total() {
        List<Finding> f = Tables.national().funding("0", "0", "0", "10", null, "10")
                .fundingRow(Kind.CURRENT_FISCAL, "90", "89.974", "89.974", null).findings(check);

        assertThat(keys(f)).containsOnly("ARITHMETIC_FUNDING_SUBROWS.total_empty").hasSize(3);
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void a_department_total_is_checked_against_basic_and_project_spending() {
        List<Finding> f = Tables.national().funding("100", "100", "100", "10", "100.00", "10.00")
                .fundingRow(Kind.BASIC, "60", "60", "60", null)
                .fundingRow(Kind.PROJECT, "30", "40", "40", null).findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_FUNDING_SUBROWS");
        assertThat(f.get(0).place().column()).isEqualTo("年初预算数");
    }
}
