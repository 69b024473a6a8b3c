package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.d;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.row;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.jixiao.core.scoring.rules.AtLeastTargetProportional;
import org.junit.jupiter.api.Test;

/** 正向指标（≥、>、目标为正的 =）：达成得满分，未达成按 w × B / A 得分。 */
class AtLeastTargetProportionalTest {
    private final Scorer scorer = new Scorer(NATIONAL);

    @Test
    void a_pass_rate_below_target_scores_in_proportion() {
        // Yunnan 公开13表: 合格率 ≥ 25 %, actual 13.95, weight 15 → 8.37
        IndicatorScore s = scorer.score(row("产出指标", "质量指标", "计算机技术与软件专业资格考试合格率", ">=", "25", "%", "13.95", "15", "8.37"));

        assertThat(s.score()).isEqualByComparingTo("8.37");
        assertThat(s.score().scale()).isEqualTo(2);
        assertThat(s.basis()).isEqualTo(Basis.RECOMPUTED);
        assertThat(s.rule()).isEqualTo(AtLeastTargetProportional.ID);
        assertThat(s.explanation().formula()).isEqualTo(Formula.PROPORTIONAL);
        assertThat(zh(s.explanation())).isEqualTo("15 × 13.95 / 25 = 8.37");
        assertThat(en(s.explanation())).isEqualTo("15 × 13.95 / 25 = 8.37");
        assertThat(s.differsFromReported()).isFalse();
    }

    @Test
    void a_met_target_scores_the_full_weight() {
        IndicatorScore s = scorer.score(output("计算机技术与软件专业资格考试考点数量", ">=", "8", "个", "18", "20.00"));

        assertThat(s.score()).isEqualByComparingTo("20.00");
        assertThat(s.explanation().formula()).isEqualTo(Formula.MET);
        assertThat(zh(s.explanation())).isEqualTo("18 ≥ 8，达成目标，得满分 20.00");
        assertThat(en(s.explanation())).isEqualTo("18 ≥ 8: met, full 20.00");
    }

    @Test
    void an_actual_exactly_on_target_is_met() {
        assertThat(scorer.score(output("年度建设目标完成率", ">=", "80", "%", "80", "10")).score()).isEqualByComparingTo("10");
    }

    @Test
    void an_over_achieved_equals_target_counts_as_met() {
        // Minhang: 咨询评估 = 30, actual 58 — met; the checks flag the over-achievement
        IndicatorScore s = scorer.score(output("完成信息化项目咨询评估工作", "=", "30", "个", "58", "10"));
        assertThat(s.score()).isEqualByComparingTo("10");
        assertThat(s.explanation().formula()).isEqualTo(Formula.MET);
    }

    @Test
    void a_missed_equals_target_scores_in_proportion() {
        // Yunnan 公开14表: 年度省级财政补助资金完成率 = 100 %, actual 96.44, weight 10 → 9.64
        IndicatorScore s = scorer.score(output("年度省级财政补助资金完成率", "=", "100", "%", "96.44", "10.00"));
        assertThat(s.score()).isEqualByComparingTo("9.64");
        assertThat(zh(s.explanation())).isEqualTo("10.00 × 96.44 / 100 = 9.64");
    }

    @Test
    void a_strictly_greater_target_is_missed_by_an_actual_equal_to_it() {
        IndicatorScore s = scorer.score(output("覆盖率", ">", "80", "%", "80", "10"));
        assertThat(s.explanation().formula()).isEqualTo(Formula.PROPORTIONAL);
        assertThat(s.score()).isEqualByComparingTo("10.00");
        IndicatorScore met = scorer.score(output("覆盖率", ">", "80", "%", "80.5", "10"));
        assertThat(zh(met.explanation())).isEqualTo("80.5 > 80，达成目标，得满分 10.00");
    }

    @Test
    void a_negative_actual_counts_as_zero() {
        IndicatorScore s = scorer.score(output("新增就业人数", ">=", "10", "人", "-5", "10"));
        assertThat(s.score()).isEqualByComparingTo("0");
        assertThat(zh(s.explanation())).isEqualTo("10 × 0 / 10 = 0.00");
    }

    @Test
    void an_actual_with_its_own_sign_is_scored_on_its_number() {
        // ">70%" against a target of ">80%" measures something: scored on 70
        IndicatorScore s = scorer.score(output("群众知晓率", ">", "80", "%", ">70%", "10"));
        assertThat(s.basis()).isEqualTo(Basis.RECOMPUTED);
        assertThat(s.score()).isEqualByComparingTo("8.75");
    }

    @Test
    void a_target_printed_without_an_operator_is_scored_as_at_least_and_says_so() {
        IndicatorScore s = scorer.score(output("培训人次", "", "8", "人次", "6", "10"));
        assertThat(s.score()).isEqualByComparingTo("7.50");
        assertThat(s.explanation().assumed()).isNotNull();
        assertThat(zh(s.explanation())).isEqualTo("未标指标性质，按“≥”计：10 × 6 / 8 = 7.50");
        assertThat(en(s.explanation())).isEqualTo("no operator printed, scored as \">=\": 10 × 6 / 8 = 7.50");
    }

    @Test
    void every_figure_is_rounded_once_half_up() {
        // 10 × 2 / 3 = 6.666… → 6.67 ; 10 × 1 / 8 = 1.25 exactly ; 0.01 × 1 / 8 = 0.00125 → 0.00
        assertThat(scorer.score(output("数量", ">=", "3", "个", "2", "10")).score()).isEqualByComparingTo("6.67");
        assertThat(scorer.score(output("数量", ">=", "8", "个", "1", "10")).score()).isEqualByComparingTo("1.25");
        assertThat(scorer.score(output("数量", ">=", "8", "个", "1", "0.01")).score()).isEqualByComparingTo("0.00");
        // 7 × 1.5 / 2.4 = 4.375 → 4.38 (half up)
        assertThat(scorer.score(output("数量", ">=", "2.4", "个", "1.5", "7")).score()).isEqualByComparingTo("4.38");
    }

    @Test
    void the_printed_score_is_compared_with_the_recomputed_one() {
        IndicatorScore s = scorer.score(row("产出指标", "质量指标", "合格率", ">=", "25", "%", "13.95", "15", "15"));
        assertThat(s.reportedScore()).isEqualByComparingTo("15");
        assertThat(s.differsFromReported()).isTrue();
    }
}
