package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Target;
import org.junit.jupiter.api.Test;

/** ACTUAL_RESTATES_TARGET: an actual that repeats its target. */
class ActualRestatesTargetTest {
    private final Check check = new ActualRestatesTarget();

    @Test
    void a_satisfaction_survey_reported_as_its_own_target_is_flagged() {
        List<Finding> f = SeedTables.minhang1().findings(check);

        assertThat(keys(f)).containsExactly("ACTUAL_RESTATES_TARGET");
        assertThat(f.get(0).place().indicator()).isEqualTo("信息化项目建设单位满意度");
        assertThat(zh(f.get(0))).contains(">=90%", "10");
        assertThat(en(f.get(0))).contains(">=90%");
    }

    @Test
    void an_actual_with_its_own_sign_and_number_is_a_measurement() {
        Indicator i = new Indicator("满意度指标", "服务对象满意度", "满意度", Target.parse(">80%"), Actual.reported(">70%"),
                Tables.d("10"), Tables.d("8.75"), "样本偏少", 0);

        assertThat(Tables.national().indicator(i).findings(check)).isEmpty();
    }
}
