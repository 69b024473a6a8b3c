package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OPERATOR_ASSUMED: the operator assumed for a target printed without one. */
class OperatorAssumedTest {
    private final Check check = new OperatorAssumed();

    @Test
    void a_target_printed_without_a_sign_is_scored_as_at_least_and_says_so() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", "", "8", "个", "10", "20", "20", "")).findings(check);

        assertThat(keys(f)).containsExactly("OPERATOR_ASSUMED");
        assertThat(f.get(0).severity()).isEqualTo(Severity.NOTICE);
        assertThat(zh(f.get(0))).contains("考点数量", "≥");
    }

    @Test
    void a_name_that_says_lower_is_better_is_scored_as_at_most() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "质量指标", "群众投诉次数", "", "5", "次", "3", "10", "10", "")).findings(check);

        assertThat(keys(f)).containsExactly("OPERATOR_ASSUMED.reverse");
        assertThat(zh(f.get(0))).contains("≤");
    }

    @Test
    void printed_signs_raise_nothing() {
        for (Tables.Builder seed : SeedTables.all()) {
            assertThat(seed.findings(check)).isEmpty();
        }
    }
}
