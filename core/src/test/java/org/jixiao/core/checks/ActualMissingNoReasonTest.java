package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;
import static org.jixiao.core.checks.Tables.notReported;
import static org.jixiao.core.checks.Tables.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ACTUAL_MISSING_NO_REASON: an actual missing and not explained. */
class ActualMissingNoReasonTest {
    private final Check check = new ActualMissingNoReason();

    @Test
    void a_row_not_reported_without_its_reason_is_an_error() {
        List<Finding> f = Tables.national()
                .indicator(notReported("产出指标", "数量指标", "承载业务系统数量", ">=", "10", "个", "")).findings(check);

        assertThat(keys(f)).containsExactly("ACTUAL_MISSING_NO_REASON");
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(zh(f.get(0))).contains("承载业务系统数量");
    }

    @Test
    void yunnans_rows_not_reported_with_their_reason_raise_nothing() {
        assertThat(SeedTables.yunnan14().findings(check)).isEmpty();
    }

    @Test
    void an_empty_actual_with_no_deviation_reason_is_an_error() {
        List<Finding> f = Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "", "20", "20", "")).findings(check);

        assertThat(keys(f)).containsExactly("ACTUAL_MISSING_NO_REASON.empty");
        assertThat(zh(f.get(0))).contains("考点数量", "20");
    }

    @Test
    void an_actual_of_wu_explained_in_the_deviation_column_raises_nothing() {
        assertThat(Tables.national()
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "无", "20", "0", "考试取消"))
                .findings(check)).isEmpty();
    }
}
