package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.row;
import static org.jixiao.core.scoring.Fixtures.zh;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.scoring.rules.QualitativeTier;
import org.junit.jupiter.api.Test;

/** 全国定性指标：得分由单位按三档（达成 80–100 %、部分达成 60–80 %、未达成 0–60 %）填报，系统采用填报得分。 */
class QualitativeTierTest {
    private final Scorer scorer = new Scorer(NATIONAL);

    @Test
    void a_qualitative_indicator_keeps_the_score_the_unit_entered() {
        IndicatorScore s = scorer.score(row("产出指标", "质量指标", "咨询评估报告完整性", "定性", "完整", "", "完整", "9", "9"));
        assertThat(s.rule()).isEqualTo(QualitativeTier.ID);
        assertThat(s.basis()).isEqualTo(Basis.KEPT_REPORTED);
        assertThat(s.score()).isEqualByComparingTo("9");
        assertThat(s.weight()).isEqualByComparingTo("9");
        assertThat(zh(s.explanation())).isEqualTo("定性指标，采用填报得分 9（分值 9）");
        assertThat(en(s.explanation())).isEqualTo("qualitative: the printed score 9 is kept (weight 9)");
    }

    @Test
    void a_target_in_words_is_qualitative_whatever_the_operator_column_says() {
        // Minhang: 及时，12月底前完成 under ">=" would still be words
        IndicatorScore s = scorer.score(row("产出指标", "时效指标", "评估完成及时性", ">=", "及时，12月底前完成", "", "已完成年度目标", "8", "8"));
        assertThat(s.rule()).isEqualTo(QualitativeTier.ID);
        assertThat(s.score()).isEqualByComparingTo("8");
    }

    @Test
    void a_missing_target_keeps_the_printed_score_and_says_why() {
        IndicatorScore s = scorer.score(row("产出指标", "质量指标", "服务质量", "", "", "", "良好", "10", "8"));
        assertThat(s.score()).isEqualByComparingTo("8");
        assertThat(zh(s.explanation())).isEqualTo("目标值缺失，无法按规则计分，采用填报得分 8");
    }

    @Test
    void the_three_tiers_cover_zero_to_the_full_weight_without_gaps() {
        List<Scheme.QualitativeTier> tiers = NATIONAL.qualitativeTiers();
        assertThat(tiers).extracting(Scheme.QualitativeTier::key).containsExactly("met", "partly", "missed");
        assertThat(tiers.get(0).maxPct()).isEqualByComparingTo("100");
        for (int k = 1; k < tiers.size(); k++) {
            assertThat(tiers.get(k).maxPct()).isEqualByComparingTo(tiers.get(k - 1).minPct());
        }
        assertThat(tiers.get(tiers.size() - 1).minPct()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(tiers.get(0).name()).containsEntry("zh", "达成年度指标");
    }
}
