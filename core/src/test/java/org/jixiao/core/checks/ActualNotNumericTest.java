package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ACTUAL_NOT_NUMERIC: a quantitative target whose actual holds no number. */
class ActualNotNumericTest {
    private final Check check = new ActualNotNumeric();

    @Test
    void words_as_the_actual_of_a_quantitative_target_are_flagged() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "已完成", "20", "20", "")).findings(check);

        assertThat(keys(f)).containsExactly("ACTUAL_NOT_NUMERIC");
        assertThat(zh(f.get(0))).contains("已完成", ">=8个", "20");
    }

    @Test
    void figures_in_a_sentence_get_their_own_message() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "完成12个，在建3个", "20", "20", ""))
                .findings(check);

        assertThat(keys(f)).containsExactly("ACTUAL_NOT_NUMERIC.compound");
    }

    @Test
    void numbers_and_qualitative_targets_raise_nothing() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
        assertThat(SeedTables.minhang1().findings(check)).isEmpty();
    }
}
