package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.SUZHOU;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.suzhou;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.rules.QualitativeTier;
import org.jixiao.core.scoring.rules.QualitativeWordShare;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 苏州定性指标：好 / 较好 / 一般 / 较差 / 差 分别按分值的 100 / 80 / 60 / 40 / 20 % 计分。 */
class QualitativeWordShareTest {
    private final Scorer scorer = new Scorer(SUZHOU);

    @ParameterizedTest(name = "“{0}” with weight 4.58 → {1}")
    @CsvSource({"好, 4.58", "较好, 3.66", "一般, 2.75", "较差, 1.83", "差, 0.92"})
    void each_word_scores_its_share_of_the_weight(String word, String expected) {
        IndicatorScore s = scorer.score(suzhou("效益目标", "应用系统运行稳定性", "稳定", word, "4.58"));
        assertThat(s.score()).isEqualByComparingTo(expected);
        assertThat(s.rule()).isEqualTo(QualitativeWordShare.ID);
        assertThat(s.basis()).isEqualTo(Basis.RECOMPUTED);
    }

    @Test
    void the_explanation_names_the_word_and_its_share() {
        IndicatorScore s = scorer.score(suzhou("效益目标", "应用系统运行稳定性", "稳定", "较好", "4.58"));
        assertThat(zh(s.explanation())).isEqualTo("定性评价“较好”按分值的 80% 计：4.58 × 80% = 3.66");
        assertThat(en(s.explanation())).isEqualTo("qualitative \"较好\" counts 80% of the weight: 4.58 × 80% = 3.66");
    }

    @Test
    void a_degree_of_achievement_scores_that_share_of_the_weight() {
        // the seed's 决策 rows: target 规范, actual 100%, weight 1 → 1
        IndicatorScore s = scorer.score(suzhou("决策目标", "立项程序规范性", "规范", "100%", "1"));
        assertThat(s.score()).isEqualByComparingTo("1.00");
        assertThat(zh(s.explanation())).isEqualTo("完成程度 100%：1 × 100% = 1.00");
        assertThat(scorer.score(suzhou("过程目标", "制度执行有效性", "有效", "85%", "4")).score()).isEqualByComparingTo("3.40");
    }

    @Test
    void a_degree_above_100_percent_counts_as_100() {
        assertThat(scorer.score(suzhou("效益目标", "机房运维规范", "完善", "120%", "4.58")).score()).isEqualByComparingTo("4.58");
    }

    @Test
    void other_words_keep_the_printed_score() {
        Indicator i = suzhou("效益目标", "驻场运维人员稳定性", "稳定", "已完成年度目标", "4.58").withReportedScore(Fixtures.d("4.5"));
        IndicatorScore s = scorer.score(i);
        assertThat(s.rule()).isEqualTo(QualitativeTier.ID);
        assertThat(s.basis()).isEqualTo(Basis.KEPT_REPORTED);
        assertThat(s.score()).isEqualByComparingTo("4.5");
    }

    @Test
    void the_national_scheme_does_not_score_words() {
        IndicatorScore s = new Scorer(NATIONAL).score(suzhou("效益目标", "应用系统运行稳定性", "稳定", "较好", "4.58"));
        assertThat(s.basis()).isEqualTo(Basis.KEPT_REPORTED);
    }
}
