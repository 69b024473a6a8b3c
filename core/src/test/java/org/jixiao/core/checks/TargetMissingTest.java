package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.on;
import static org.jixiao.core.checks.Tables.cell;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TARGET_MISSING: a counted row without a target. */
class TargetMissingTest {
    private final Check check = new TargetMissing();

    @Test
    void a_counted_row_without_a_target_is_flagged() {
        List<Finding> f = Tables.national().indicator(cell("产出指标", "数量指标", "培训人次", "", "300", "20", "20"))
                .findings(check);

        assertThat(keys(f)).containsExactly("TARGET_MISSING");
        assertThat(on(f, "培训人次")).hasSize(1);
    }

    @Test
    void rows_with_targets_raise_nothing() {
        for (Tables.Builder seed : SeedTables.all()) {
            assertThat(seed.findings(check)).isEmpty();
        }
    }
}
