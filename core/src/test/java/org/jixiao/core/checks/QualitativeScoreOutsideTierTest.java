package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.cell;

import java.util.List;
import org.junit.jupiter.api.Test;

/** QUALITATIVE_SCORE_OUTSIDE_TIER: a qualitative score outside the tier its actual names. */
class QualitativeScoreOutsideTierTest {
    private final Check check = new QualitativeScoreOutsideTier();

    private Tables.Builder qualitative(String actual, String score) {
        return Tables.national().indicator(cell("效益指标", "社会效益", "群众获得感", "显著增强", actual, "10", score));
    }

    @Test
    void a_score_outside_the_tier_the_actual_names_is_flagged() {
        List<Finding> f = qualitative("部分达成年度指标并具有一定效果", "9").findings(check);

        assertThat(keys(f)).containsExactly("QUALITATIVE_SCORE_OUTSIDE_TIER");
        assertThat(zh(f.get(0))).contains("部分达成年度指标并具有一定效果", "6.00", "8.00", "9");
        assertThat(en(f.get(0))).contains("partly met");
    }

    @Test
    void a_degree_of_achievement_printed_as_a_percentage_names_its_tier() {
        assertThat(keys(qualitative("85%", "5").findings(check))).containsExactly("QUALITATIVE_SCORE_OUTSIDE_TIER");
    }

    @Test
    void a_score_inside_its_tier_or_an_actual_naming_no_tier_raises_nothing() {
        assertThat(qualitative("部分达成年度指标并具有一定效果", "7").findings(check)).isEmpty();
        assertThat(qualitative("达成年度指标", "10").findings(check)).isEmpty();
        assertThat(SeedTables.minhang1().findings(check)).isEmpty();
    }
}
