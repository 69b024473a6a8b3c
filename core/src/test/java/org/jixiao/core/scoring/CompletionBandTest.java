package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.SUZHOU;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.suzhou;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.jixiao.core.scoring.rules.CompletionBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 苏州按完成率分档计分：产出 100 %–130 % 得满分，效益、满意度 100 %–200 % 得满分；低于 100 % 每低 1 个百分点扣分值的 5 %，
 * 高于上限每高 1 个百分点扣 1 %，最低为 0。
 */
class CompletionBandTest {
    private final Scorer scorer = new Scorer(SUZHOU);

    @Test
    void a_completion_of_90_percent_scores_half_the_weight() {
        IndicatorScore s = scorer.score(suzhou("产出目标", "运维计划项目执行率", ">=100%", "90", "10"));
        assertThat(s.score()).isEqualByComparingTo("5.00");
        assertThat(s.rule()).isEqualTo(CompletionBand.ID);
        assertThat(s.explanation().formula()).isEqualTo(Formula.BAND_BELOW);
        assertThat(zh(s.explanation())).isEqualTo("完成率 90% 低于 100%，每低 1 个百分点扣分值的 5%：10 × (1 − (100 − 90) × 5%) = 5.00");
        assertThat(en(s.explanation())).isEqualTo("completion 90% below 100%, 5% of the weight off per point: 10 × (1 − (100 − 90) × 5%) = 5.00");
    }

    @Test
    void a_completion_of_80_percent_scores_nothing() {
        assertThat(scorer.score(suzhou("产出目标", "运维计划项目执行率", ">=100%", "80", "10")).score()).isEqualByComparingTo("0.00");
        assertThat(scorer.score(suzhou("产出目标", "运维计划项目执行率", ">=100%", "50", "10")).score()).isEqualByComparingTo("0.00");
    }

    @Test
    void an_output_completed_at_150_percent_scores_four_fifths_of_the_weight() {
        IndicatorScore s = scorer.score(suzhou("产出目标", "应用系统运营运维数", ">=10个", "15", "10"));
        assertThat(s.score()).isEqualByComparingTo("8.00");
        assertThat(zh(s.explanation())).isEqualTo("完成率 150% 高于 130%，每高 1 个百分点扣分值的 1%：10 × (1 − (150 − 130) × 1%) = 8.00");
    }

    @Test
    void a_benefit_completed_at_250_percent_scores_half_the_weight() {
        IndicatorScore s = scorer.score(suzhou("效益目标", "故障及时处理率", ">=10次", "25", "10"));
        assertThat(s.score()).isEqualByComparingTo("5.00");
    }

    @ParameterizedTest(name = "{0} at {1} of a target of 100, weight 10 → {2}")
    @CsvSource({
            "产出目标, 100, 10.00", "产出目标, 130, 10.00", "产出目标, 131, 9.90", "产出目标, 99, 9.50",
            "产出目标, 230, 0.00", "产出目标, 1000, 0.00",
            "效益目标, 150, 10.00", "效益目标, 200, 10.00", "效益目标, 201, 9.90", "效益目标, 300, 0.00",
            "满意度目标, 199, 10.00", "满意度目标, 95, 7.50"})
    void full_marks_lie_between_100_percent_and_the_upper_bound_of_the_category(String level1, String actual, String expected) {
        assertThat(scorer.score(suzhou(level1, "指标", ">=100", actual, "10")).score()).isEqualByComparingTo(expected);
    }

    @Test
    void the_seed_outputs_met_exactly_score_their_equal_shares() {
        assertThat(scorer.score(suzhou("产出目标", "应用系统运营运维数", ">=3个", "3", "4.58")).score()).isEqualByComparingTo("4.58");
        assertThat(scorer.score(suzhou("产出目标", "驻场运维人数", ">=30人", "30", "4.62")).score()).isEqualByComparingTo("4.62");
        assertThat(scorer.score(suzhou("满意度目标", "部门反馈满意度", ">=95%", "95", "4.58")).score()).isEqualByComparingTo("4.58");
    }

    @Test
    void a_ceiling_is_complete_while_the_actual_stays_within_it() {
        assertThat(scorer.score(suzhou("产出目标", "驻场运维周期", "<=12个月", "12", "4.58")).score()).isEqualByComparingTo("4.58");
        assertThat(scorer.score(suzhou("效益目标", "基础云平台重大故障次数", "<=2次", "0", "4.58")).score()).isEqualByComparingTo("4.58");
    }

    @Test
    void past_a_ceiling_the_completion_is_target_over_actual() {
        // c = 100 × 10 / 12.5 = 80 → 0 ; c = 100 × 10 / 10.5 = 95.238… → 10 × (1 − 4.7619… × 5 %) = 7.619… → 7.62
        assertThat(scorer.score(suzhou("产出目标", "响应时间", "<=10分钟", "12.5", "10")).score()).isEqualByComparingTo("0");
        IndicatorScore s = scorer.score(suzhou("产出目标", "响应时间", "<=10分钟", "10.5", "10"));
        assertThat(s.score()).isEqualByComparingTo("7.62");
        assertThat(zh(s.explanation())).startsWith("完成率 95.24% 低于 100%");
    }

    @Test
    void a_completion_rate_is_kept_exact_until_the_score_is_rounded() {
        // c = 100 × 2 / 3 = 66.67 → below 80: 0 ; c = 100 × 29 / 30 = 96.666… → 10 × (1 − 3.333… × 5 %) = 8.333… → 8.33
        assertThat(scorer.score(suzhou("产出目标", "数量", ">=3个", "2", "10")).score()).isEqualByComparingTo("0");
        assertThat(scorer.score(suzhou("产出目标", "驻场运维人数", ">=30人", "29", "10")).score()).isEqualByComparingTo("8.33");
    }
}
