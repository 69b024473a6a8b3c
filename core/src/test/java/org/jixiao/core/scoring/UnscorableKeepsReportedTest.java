package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.row;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.jixiao.core.scoring.rules.UnscorableKeepsReported;
import org.junit.jupiter.api.Test;

/** 实际完成值缺失、不是数字或只是重复目标值的定量指标，无法按规则计分：采用填报得分（并由复核提出问题）。 */
class UnscorableKeepsReportedTest {
    private final Scorer scorer = new Scorer(NATIONAL);

    @Test
    void a_satisfaction_actual_that_restates_its_target_keeps_the_printed_score() {
        // Minhang: 满意度 ≥ 90 %, actual ">=90%"
        IndicatorScore s = scorer.score(row("满意度指标", "服务对象满意度指标", "信息化项目建设单位满意度", ">=", "90", "%", ">=90%", "10", "10"));
        assertThat(s.rule()).isEqualTo(UnscorableKeepsReported.ID);
        assertThat(s.basis()).isEqualTo(Basis.KEPT_REPORTED);
        assertThat(s.score()).isEqualByComparingTo("10");
        assertThat(zh(s.explanation())).isEqualTo("实际完成值“>=90%”只是重复目标值，无法按规则计分，采用填报得分 10");
        assertThat(en(s.explanation())).isEqualTo("actual \">=90%\" only restates the target: the printed score 10 is kept");
    }

    @Test
    void an_actual_in_words_against_a_number_keeps_the_printed_score() {
        IndicatorScore s = scorer.score(row("产出指标", "数量指标", "培训人次", ">=", "100", "人次", "基本完成", "10", "9"));
        assertThat(s.score()).isEqualByComparingTo("9");
        assertThat(zh(s.explanation())).isEqualTo("实际完成值“基本完成”不是数字，无法按规则计分，采用填报得分 9");
    }

    @Test
    void a_missing_actual_keeps_the_printed_score() {
        IndicatorScore s = scorer.score(row("产出指标", "数量指标", "培训人次", ">=", "100", "人次", "", "10", "10"));
        assertThat(s.explanation().formula()).isEqualTo(Formula.KEPT_NO_ACTUAL);
        assertThat(s.score()).isEqualByComparingTo("10");
    }

    @Test
    void a_row_without_a_weight_keeps_the_printed_score() {
        IndicatorScore s = scorer.score(row("产出指标", "数量指标", "培训人次", ">=", "100", "人次", "120", null, "5"));
        assertThat(s.basis()).isEqualTo(Basis.KEPT_REPORTED);
        assertThat(s.weight()).isNull();
        assertThat(zh(s.explanation())).isEqualTo("分值缺失，无法按规则计分，采用填报得分 5");
    }
}
