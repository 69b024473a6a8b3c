package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_BUDGET_USE: the identities of the Suzhou budget-use block. */
class BudgetUseArithmeticTest {
    private final Check check = new BudgetUseArithmetic();

    @Test
    void suzhous_budget_use_identities_hold() {
        assertThat(SeedTables.suzhou().findings(check)).isEmpty();
    }

    @Test
    void a_balance_other_than_budget_plus_adjustment_minus_allocation_is_an_error() {
        List<Finding> f = Tables.suzhou().use("2343.7", "0", "2077.78", "265.00", "265.00", "2077.6", "0.18", "0", "0.18")
                .findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_BUDGET_USE.balance");
        assertThat(zh(f.get(0))).contains("265.00", "265.92");
    }

    @Test
    void a_carry_over_that_is_neither_allocated_minus_paid_nor_its_parts_is_an_error() {
        List<Finding> f = Tables.suzhou().use("2343.7", "0", "2077.78", "265.92", "265.92", "2077.6", "0.28", "0", "0.18")
                .findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_BUDGET_USE.carry_over", "ARITHMETIC_BUDGET_USE.carry_over_parts");
    }
}
