package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WEIGHTS_NEGATIVE: a negative weight or score. */
class NegativeWeightOrScoreTest {
    private final Check check = new NegativeWeightOrScore();

    @Test
    void a_negative_weight_or_score_is_an_error() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "8", "-5", "-5", "")).findings(check);

        assertThat(keys(f)).containsExactly("WEIGHTS_NEGATIVE", "WEIGHTS_NEGATIVE");
        assertThat(zh(f.get(0))).contains("考点数量", "分值", "-5");
        assertThat(en(f.get(1))).contains("score", "-5");
    }

    @Test
    void positive_weights_and_scores_raise_nothing() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
    }
}
