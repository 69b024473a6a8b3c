package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WEIGHTS_SCORE_ABOVE_WEIGHT: a printed score above its weight. */
class ScoreAboveWeightTest {
    private final Check check = new ScoreAboveWeight();

    @Test
    void a_score_above_its_weight_is_an_error() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "18", "10", "12", "")).findings(check);

        assertThat(keys(f)).containsExactly("WEIGHTS_SCORE_ABOVE_WEIGHT");
        assertThat(zh(f.get(0))).contains("考点数量", "12", "10");
    }

    @Test
    void an_execution_score_above_its_weight_is_an_error() {
        assertThat(keys(Tables.national().funding("100", "100", "100", "10", "100.00", "12.00").findings(check)))
                .containsExactly("WEIGHTS_SCORE_ABOVE_WEIGHT.execution");
    }

    @Test
    void scores_within_their_weights_raise_nothing() {
        for (Tables.Builder seed : SeedTables.all()) {
            assertThat(seed.findings(check)).isEmpty();
        }
    }
}
