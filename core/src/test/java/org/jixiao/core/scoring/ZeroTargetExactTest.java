package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.SUZHOU;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.satisfaction;
import static org.jixiao.core.scoring.Fixtures.zh;

import org.jixiao.core.scoring.rules.ZeroTargetExact;
import org.junit.jupiter.api.Test;

/** 目标为 0 的指标（审计指出问题数 = 0）：实际 ≤ 0 得满分，否则得 0。 */
class ZeroTargetExactTest {
    private final Scorer scorer = new Scorer(NATIONAL);

    @Test
    void no_problem_found_by_the_audit_scores_the_full_weight() {
        IndicatorScore s = scorer.score(satisfaction("审计、督查、巡视等指出问题数", "=", "0", "个", "0", "5.00"));
        assertThat(s.score()).isEqualByComparingTo("5.00");
        assertThat(s.rule()).isEqualTo(ZeroTargetExact.ID);
        assertThat(zh(s.explanation())).isEqualTo("目标为 0，实际 0，得满分 5.00");
        assertThat(en(s.explanation())).isEqualTo("target 0, actual 0: full 5.00");
    }

    @Test
    void any_problem_found_scores_zero() {
        IndicatorScore s = scorer.score(satisfaction("审计、督查、巡视等指出问题数", "=", "0", "个", "2", "5"));
        assertThat(s.score()).isEqualByComparingTo("0.00");
        assertThat(s.score().scale()).isEqualTo(2);
        assertThat(zh(s.explanation())).isEqualTo("目标为 0，实际 2 大于 0，得 0");
    }

    @Test
    void a_fraction_above_zero_already_misses() {
        assertThat(scorer.score(output("超规模、超标准、超预算", "=", "0", "个", "0.01", "5")).score()).isEqualByComparingTo("0");
    }

    @Test
    void a_ceiling_of_zero_is_scored_the_same_way() {
        assertThat(scorer.score(output("安全事故数", "<=", "0", "起", "0", "5")).score()).isEqualByComparingTo("5");
        assertThat(scorer.score(output("安全事故数", "<=", "0", "起", "1", "5")).score()).isEqualByComparingTo("0");
    }

    @Test
    void suzhou_scores_a_zero_target_the_same_way() {
        IndicatorScore s = new Scorer(SUZHOU).score(output("超预算数", "=", "0", "个", "0", "4.58"));
        assertThat(s.rule()).isEqualTo(ZeroTargetExact.ID);
        assertThat(s.score()).isEqualByComparingTo("4.58");
    }
}
