package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.jixiao.core.scoring.rules.ReverseIndicatorLinear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 反向指标（≤、<）：达成得满分，超出后线性递减，实际值达到目标两倍时为 0。 */
class ReverseIndicatorLinearTest {
    private final Scorer scorer = new Scorer(NATIONAL);

    @Test
    void a_response_time_within_its_ceiling_scores_the_full_weight() {
        IndicatorScore s = scorer.score(output("对承载业务的服务响应时间", "<=", "10", "分钟", "8", "10"));
        assertThat(s.score()).isEqualByComparingTo("10.00");
        assertThat(s.rule()).isEqualTo(ReverseIndicatorLinear.ID);
        assertThat(zh(s.explanation())).isEqualTo("8 ≤ 10，达成目标，得满分 10.00");
    }

    @Test
    void a_response_time_past_its_ceiling_falls_linearly_to_zero_at_twice_the_target() {
        IndicatorScore s = scorer.score(output("对承载业务的服务响应时间", "<=", "10", "分钟", "15", "10"));
        assertThat(s.score()).isEqualByComparingTo("5.00");
        assertThat(s.explanation().formula()).isEqualTo(Formula.REVERSE_LINEAR);
        assertThat(zh(s.explanation())).isEqualTo("10 × max(0, 1 − (15 − 10) / 10) = 5.00");
        assertThat(en(s.explanation())).isEqualTo("10 × max(0, 1 − (15 − 10) / 10) = 5.00");
    }

    @ParameterizedTest(name = "≤ 60, actual {0}, weight 8 → {1}")
    @CsvSource({"0, 8.00", "60, 8.00", "61, 7.87", "90, 4.00", "119.99, 0.00", "120, 0.00", "500, 0.00"})
    void a_missed_ceiling_scores_by_its_distance_to_twice_the_target(String actual, String expected) {
        assertThat(scorer.score(output("平均修复时间(MTTR)", "<=", "60", "分钟", actual, "8")).score())
                .isEqualByComparingTo(expected);
    }

    @Test
    void a_strict_ceiling_reached_exactly_is_missed() {
        IndicatorScore s = scorer.score(output("投诉次数", "<", "5", "次", "5", "10"));
        assertThat(s.explanation().formula()).isEqualTo(Formula.REVERSE_LINEAR);
    }

    @Test
    void a_sign_less_target_whose_name_says_lower_is_better_is_scored_as_a_ceiling_and_says_so() {
        IndicatorScore s = scorer.score(output("设备故障次数", "", "2", "次", "3", "10"));
        assertThat(s.score()).isEqualByComparingTo("5.00");
        assertThat(s.explanation().assumed()).isNotNull();
        assertThat(zh(s.explanation())).isEqualTo("未标指标性质，指标名称表明越低越好，按“≤”计：10 × max(0, 1 − (3 − 2) / 2) = 5.00");
        assertThat(en(s.explanation())).startsWith("no operator printed, the name says lower is better, scored as \"<=\": ");
    }
}
