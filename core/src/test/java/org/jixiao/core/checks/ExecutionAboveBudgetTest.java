package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** EXECUTION_ABOVE_BUDGET: spending past the adjusted budget. */
class ExecutionAboveBudgetTest {
    private final Check check = new ExecutionAboveBudget();

    @Test
    void spending_past_the_adjusted_budget_is_flagged() {
        List<Finding> f = Tables.national().funding("100", "100", "110", "10", "110.00", "10.00").findings(check);

        assertThat(keys(f)).containsExactly("EXECUTION_ABOVE_BUDGET");
        assertThat(zh(f.get(0))).contains("110", "100", "10");
    }

    @Test
    void spending_within_budget_raises_nothing() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
    }
}
