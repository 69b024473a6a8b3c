package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.on;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** EXECUTION_COUNTED_TWICE: an indicator restating budget execution where the scheme scores it on its own. */
class ExecutionCountedTwiceTest {
    private final Check check = new ExecutionCountedTwice();

    @Test
    void an_indicator_restating_the_execution_rate_is_execution_counted_twice() {
        List<Finding> f = on(SeedTables.yunnan14().findings(check), "年度省级财政补助资金完成率");

        assertThat(keys(f)).containsExactly("EXECUTION_COUNTED_TWICE.same_figure");
        assertThat(zh(f.get(0))).contains("96.44", "9.64");
        assertThat(en(f.get(0))).contains("96.44");
    }

    @Test
    void any_indicator_named_after_budget_execution_is_flagged_whatever_its_figure() {
        assertThat(keys(on(SeedTables.yunnan14().findings(check), "年度省级财政补助资金支付率")))
                .containsExactly("EXECUTION_COUNTED_TWICE");
    }

    @Test
    void a_completion_rate_of_work_is_not_execution() {
        assertThat(on(SeedTables.yunnan14().findings(check), "年度建设目标完成率")).isEmpty();
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
    }

    @Test
    void suzhous_budget_execution_indicator_is_how_its_scheme_scores_execution() {
        assertThat(SeedTables.suzhou().findings(check)).isEmpty();
    }
}
