package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.withReverseFormula;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.junit.jupiter.api.Test;

/** 反向指标的另一种算法（方案选项 TARGET_OVER_ACTUAL）：未达成得 w × A / B，永不为 0。 */
class ReverseIndicatorRatioTest {
    private final Scorer scorer = new Scorer(withReverseFormula(NATIONAL, Scheme.ReverseFormula.TARGET_OVER_ACTUAL));

    @Test
    void a_missed_ceiling_scores_the_weight_times_target_over_actual() {
        IndicatorScore s = scorer.score(output("对承载业务的服务响应时间", "<=", "10", "分钟", "15", "10"));
        assertThat(s.score()).isEqualByComparingTo("6.67");
        assertThat(s.explanation().formula()).isEqualTo(Formula.REVERSE_RATIO);
        assertThat(zh(s.explanation())).isEqualTo("10 × 10 / 15 = 6.67");
    }

    @Test
    void a_ceiling_met_scores_the_full_weight() {
        assertThat(scorer.score(output("响应时间", "<=", "10", "分钟", "10", "10")).score()).isEqualByComparingTo("10.00");
    }

    @Test
    void far_past_the_ceiling_the_score_shrinks_but_stays_positive() {
        // the linear default would give 0 at twice the target; the ratio gives 10 × 10 / 40 = 2.50
        assertThat(scorer.score(output("响应时间", "<=", "10", "分钟", "40", "10")).score()).isEqualByComparingTo("2.50");
        assertThat(new Scorer(NATIONAL).score(output("响应时间", "<=", "10", "分钟", "40", "10")).score()).isEqualByComparingTo("0");
    }
}
