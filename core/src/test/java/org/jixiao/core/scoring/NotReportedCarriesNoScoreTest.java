package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.SUZHOU;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.notReported;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.scoring.rules.NotReportedCarriesNoScore;
import org.junit.jupiter.api.Test;

/** 未填报实际完成值（写“无”并说明原因）的指标不计分值、不计得分。 */
class NotReportedCarriesNoScoreTest {
    private static final String REASON = "该指标是根据年初预算填写，和财政资金批复下达文件考核指标不一致，故数据为空。";

    @Test
    void an_actual_not_reported_carries_no_weight_and_no_score() {
        IndicatorScore s = new Scorer(NATIONAL).score(notReported("产出指标", "数量指标", "承载业务系统数量", ">=", "10", "个", REASON));
        assertThat(s.rule()).isEqualTo(NotReportedCarriesNoScore.ID);
        assertThat(s.basis()).isEqualTo(Basis.NOT_COUNTED);
        assertThat(s.counts()).isFalse();
        assertThat(s.weight()).isNull();
        assertThat(s.score()).isNull();
        assertThat(zh(s.explanation())).isEqualTo("未填报实际完成值（" + REASON + "），不计分值、不计得分");
        assertThat(en(s.explanation())).startsWith("not reported (");
    }

    @Test
    void a_printed_weight_on_a_row_not_reported_does_not_count_either() {
        Indicator i = notReported("产出指标", "数量指标", "承载业务系统数量", ">=", "10", "个", REASON).withWeight(Fixtures.d("10"));
        assertThat(new Scorer(NATIONAL).score(i).counts()).isFalse();
    }

    @Test
    void an_indicator_excluded_by_an_approved_adjustment_carries_no_score() {
        Indicator i = new Indicator("产出指标", "数量指标", "培训人次", Target.of(">=", "100", "人次"), Actual.excluded("年中目标调整已批准"),
                null, null, "", 0);
        IndicatorScore s = new Scorer(SUZHOU).score(i);
        assertThat(s.basis()).isEqualTo(Basis.NOT_COUNTED);
        assertThat(zh(s.explanation())).isEqualTo("经批准调整剔除（年中目标调整已批准），不计分值、不计得分");
    }

    @Test
    void a_missing_reason_is_shown_as_a_dash() {
        IndicatorScore s = new Scorer(NATIONAL).score(notReported("产出指标", "数量指标", "承载业务系统数量", ">=", "10", "个", null));
        assertThat(zh(s.explanation())).isEqualTo("未填报实际完成值（—），不计分值、不计得分");
    }
}
