package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** EXACT_TARGET_EXCEEDED: an = target exceeded below the over-achievement threshold. */
class ExactTargetExceededTest {
    private final Check check = new ExactTargetExceeded();

    @Test
    void an_exact_target_exceeded_below_the_threshold_is_a_notice() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "运维系统数量", "=", "10", "个", "11", "10", "10", "")).findings(check);

        assertThat(keys(f)).containsExactly("EXACT_TARGET_EXCEEDED");
        assertThat(f.get(0).severity()).isEqualTo(Severity.NOTICE);
        assertThat(zh(f.get(0))).contains("11", "10", "110%");
    }

    @Test
    void an_exact_target_met_exactly_or_past_the_threshold_raises_nothing_here() {
        assertThat(SeedTables.yunnan14().findings(check)).isEmpty();
        assertThat(SeedTables.minhang1().findings(check)).isEmpty();
    }
}
