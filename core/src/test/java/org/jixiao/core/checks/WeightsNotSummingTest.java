package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WEIGHTS_NOT_SUMMING: indicator weights against the scheme totals. */
class WeightsNotSummingTest {
    private final Check check = new WeightsNotSumming();

    private static Tables.Builder nationalWith(String output, String benefit, String satisfaction) {
        return Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "8", output, output, ""))
                .indicator(row("效益指标", "社会效益", "网站年浏览量", ">=", "150000", "次", "150000", benefit, benefit, ""))
                .indicator(row("满意度指标", "服务对象满意度", "考生满意度", ">=", "90", "%", "95", satisfaction, satisfaction, ""));
    }

    @Test
    void indicator_weights_short_of_the_schemes_90_are_an_error() {
        List<Finding> f = nationalWith("40", "30", "10").findings(check);

        assertThat(keys(f)).containsExactly("WEIGHTS_NOT_SUMMING", "WEIGHTS_NOT_SUMMING.category");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(zh(f.get(0))).contains("80", "90", "-10");
    }

    @Test
    void a_first_level_split_other_than_50_30_10_is_only_a_notice() {
        List<Finding> f = nationalWith("60", "20", "10").findings(check);

        assertThat(keys(f)).containsOnly("WEIGHTS_NOT_SUMMING.category").hasSize(2);
        assertThat(f).allMatch(x -> x.severity() == Severity.NOTICE);
        assertThat(zh(f.get(0))).contains("产出", "60", "50");
        assertThat(en(f.get(1))).contains("benefit", "20", "30");
    }

    @Test
    void weights_summing_as_the_scheme_says_raise_nothing() {
        assertThat(nationalWith("50", "30", "10").findings(check)).isEmpty();
        for (Tables.Builder seed : SeedTables.all()) {
            assertThat(seed.findings(check)).isEmpty();
        }
    }

    @Test
    void a_form_that_weighs_execution_20_leaves_80_to_the_indicators() {
        Tables.Builder table = nationalWith("40", "30", "10").funding("100", "100", "100", "20", "100.00", "20.00");

        assertThat(keys(table.findings(check))).doesNotContain("WEIGHTS_NOT_SUMMING");
    }

    @Test
    void a_printed_full_mark_other_than_the_schemes_is_flagged() {
        assertThat(keys(nationalWith("50", "30", "10").maxTotal("80").findings(check)))
                .containsExactly("WEIGHTS_NOT_SUMMING.max_total");
    }

    @Test
    void a_row_with_a_score_but_no_weight_leaves_the_schemes_total_unchecked_and_says_why() {
        List<Finding> f = IndicatorSumArithmeticTest.yunnan13WithoutOneWeight().findings(check);

        assertThat(keys(f)).containsExactly("WEIGHTS_NOT_SUMMING.weight_unknown");
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(zh(f.get(0))).contains("咨询服务渠道", "90", "80");
        assertThat(en(f.get(0))).contains("咨询服务渠道", "no weight", "90", "80");
    }
}
