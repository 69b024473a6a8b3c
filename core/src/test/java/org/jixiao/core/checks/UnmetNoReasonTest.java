package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** UNMET_NO_REASON: a score below its weight without a deviation reason. */
class UnmetNoReasonTest {
    private final Check check = new UnmetNoReason();

    @Test
    void an_unmet_indicator_without_a_deviation_reason_is_flagged() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "质量指标", "合格率", ">=", "25", "%", "13.95", "15.00", "8.37", "")).findings(check);

        assertThat(keys(f)).containsExactly("UNMET_NO_REASON");
        assertThat(zh(f.get(0))).contains("合格率", "8.37", "15.00");
    }

    @Test
    void a_row_printed_at_full_marks_that_the_rules_mark_down_needs_a_reason_too() {
        assertThat(keys(Tables.national()
                .indicator(row("产出指标", "质量指标", "合格率", ">=", "25", "%", "13.95", "15.00", "15.00", "")).findings(check)))
                .containsExactly("UNMET_NO_REASON");
    }

    @Test
    void yunnans_unmet_indicators_give_their_reasons() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
        assertThat(SeedTables.yunnan14().findings(check)).isEmpty();
    }
}
