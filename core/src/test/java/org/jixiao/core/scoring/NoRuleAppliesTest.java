package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.SUZHOU;
import static org.jixiao.core.scoring.Fixtures.d;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Target;
import org.junit.jupiter.api.Test;

/** Where none of the scheme's rules scores a row, the printed score is kept and the explanation says why, truly. */
class NoRuleAppliesTest {
    private final Scorer suzhou = new Scorer(SUZHOU);

    private static Indicator suzhouRow(String target, String actual) {
        return new Indicator("产出目标", null, "新增就业岗位", Target.parse(target), Actual.reported(actual), d("10"), d("8"), "", 0);
    }

    @Test
    void a_numeric_actual_against_a_target_of_at_least_zero_is_kept_because_no_rule_scores_that_target() {
        IndicatorScore s = suzhou.score(suzhouRow(">=0", "5"));

        assertThat(s.score()).isEqualByComparingTo("8");
        assertThat(s.basis()).isEqualTo(Basis.KEPT_REPORTED);
        assertThat(s.explanation().formula()).isEqualTo(Formula.KEPT_NO_RULE);
        assertThat(zh(s.explanation())).isEqualTo("评分方案没有适用于目标“>=0”、实际完成值“5”的计分规则，采用填报得分 8");
        assertThat(en(s.explanation())).isEqualTo("no rule of the scheme scores actual \"5\" against target \">=0\": the printed score 8 is kept");
    }
}
