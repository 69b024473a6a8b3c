package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.on;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OVER_ACHIEVEMENT_UNEXPLAINED: past the scheme ratio without an explanation. */
class OverAchievementUnexplainedTest {
    private final Check check = new OverAchievementUnexplained();

    @Test
    void an_over_achievement_past_the_threshold_without_a_reason_is_flagged() {
        List<Finding> f = on(SeedTables.yunnan13().findings(check), "计算机技术与软件专业资格考试考点数量");

        assertThat(keys(f)).containsExactly("OVER_ACHIEVEMENT_UNEXPLAINED");
        assertThat(zh(f.get(0))).contains("18", "8", "225%", "120%");
        assertThat(en(f.get(0))).contains("225%");
    }

    @Test
    void an_exact_target_over_achieved_counts_too() {
        List<Finding> f = on(SeedTables.minhang1().findings(check), "完成信息化项目咨询评估工作");

        assertThat(keys(f)).containsExactly("OVER_ACHIEVEMENT_UNEXPLAINED");
        assertThat(zh(f.get(0))).contains("58", "30", "193%");
    }

    @Test
    void an_actual_below_the_threshold_raises_nothing() {
        assertThat(on(SeedTables.yunnan13().findings(check), "计算机技术与软件专业资格考试实考率")).isEmpty();
    }

    @Test
    void an_explained_over_achievement_raises_nothing() {
        assertThat(Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "18", "20", "20", "考生人数大增，增设考点"))
                .findings(check)).isEmpty();
    }

    @Test
    void a_ceiling_cannot_be_over_achieved() {
        assertThat(Tables.national()
                .indicator(row("产出指标", "质量指标", "平均修复时间", "<=", "60", "分钟", "10", "10", "10", ""))
                .findings(check)).isEmpty();
    }

    @Test
    void the_threshold_is_the_schemes() {
        Tables.Builder table = Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "10", "20", "20", ""));

        assertThat(keys(table.findings(check))).containsExactly("OVER_ACHIEVEMENT_UNEXPLAINED");
        assertThat(table.scheme(Found.withOverAchievementRatio(Tables.NATIONAL, "1.3")).findings(check)).isEmpty();
    }
}
