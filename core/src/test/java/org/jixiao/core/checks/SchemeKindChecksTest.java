package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.jixiao.core.scoring.Schemes;
import org.junit.jupiter.api.Test;

/** The checks under the schemes of schemes-more.md: a reason for low execution, weights of scaled and free forms. */
class SchemeKindChecksTest {
    private static final Schemes SCHEMES = Schemes.builtIn();

    private static Tables.Builder sichuan(String executed) {
        return Tables.national().scheme(SCHEMES.get("sichuan-integrated-2023"))
                .funding("100", "100", executed, "10", executed + ".00", null)
                .indicator(Tables.row("产出指标", "数量指标", "建设里程", ">=", "100", "公里", "100", "60", "60", ""))
                .indicator(Tables.row("效益指标", "社会效益", "受益人口", ">=", "10", "万人", "10", "30", "30", ""));
    }

    @Test
    void execution_below_90_percent_without_a_reason_is_flagged_under_the_sichuan_form() {
        List<Finding> f = sichuan("85").findings(new ExecutionBelowNeedsReason());
        assertThat(keys(f)).containsExactly("EXECUTION_REASON_MISSING");
        assertThat(zh(f.get(0))).contains("85.00%", "90%", "sichuan-integrated-2023");
    }

    @Test
    void execution_below_90_percent_with_a_reason_or_at_90_raises_nothing() {
        assertThat(sichuan("85").notes("资金于12月下达，尚未支付完毕").findings(new ExecutionBelowNeedsReason())).isEmpty();
        assertThat(sichuan("90").findings(new ExecutionBelowNeedsReason())).isEmpty();
        assertThat(Tables.national().funding("100", "100", "50", "10", "50.00", "5.00").findings(new ExecutionBelowNeedsReason())).isEmpty();
    }

    @Test
    void free_weights_are_held_to_their_total_and_to_no_first_level_split() {
        assertThat(sichuan("95").findings(new WeightsNotSumming())).isEmpty();
        List<Finding> short80 = Tables.national().scheme(SCHEMES.get("sichuan-integrated-2023"))
                .funding("100", "100", "95", "10", "95.00", null)
                .indicator(Tables.row("产出指标", "数量指标", "建设里程", ">=", "100", "公里", "100", "50", "50", ""))
                .indicator(Tables.row("效益指标", "社会效益", "受益人口", ">=", "10", "万人", "10", "30", "30", ""))
                .findings(new WeightsNotSumming());
        assertThat(keys(short80)).containsExactly("WEIGHTS_NOT_SUMMING");
    }

    @Test
    void groups_printed_as_100_points_on_a_20_point_form_are_its_form_not_a_slip() {
        Tables.Builder exec20 = Tables.national().scheme(SCHEMES.get("exec20"))
                .funding("100", "100", "95", "20", "95.00", null)
                .indicator(Tables.row("产出指标", "数量指标", "建设里程", ">=", "100", "公里", "100", "60", "60", ""))
                .indicator(Tables.row("效益指标", "社会效益", "受益人口", ">=", "10", "万人", "10", "40", "40", ""));
        assertThat(exec20.findings(new WeightsNotSumming())).isEmpty();
        Tables.Builder ninety = Tables.national().scheme(SCHEMES.get("exec20"))
                .funding("100", "100", "95", "20", "95.00", null)
                .indicator(Tables.row("产出指标", "数量指标", "建设里程", ">=", "100", "公里", "100", "60", "60", ""))
                .indicator(Tables.row("效益指标", "社会效益", "受益人口", ">=", "10", "万人", "10", "30", "30", ""));
        assertThat(keys(ninety.findings(new WeightsNotSumming()))).containsExactly("WEIGHTS_NOT_SUMMING");
    }
}
