package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** A table saved as CSV of quoted cells, its records' ends turned into spaces or line breaks by the extraction. */
class QuotedCellsTest {
    private static final String HEADER = "\"项目\",\"考核内容\",\"考核指标\",\"评分标准\",\"权数\",\"考评得分\"";

    private static List<Indicator> read(String text) {
        return new DisclosureReader().read(text, "test").tables().get(0).evaluation().indicators();
    }

    @Test
    void records_whose_ends_became_spaces_are_cut_where_the_header_s_width_bears_it_out() {
        // each record's end a space, one long record wrapped onto the next line, the merged cells left empty
        String text = "编辑: 某人 | 2019-07-07 |\n,,\n, " + HEADER + " \"预算管理(60分)\",\"预算执行\",\"支出完成率\",\"按比例计分,满分为止.\",\"20\",\"18\" ,\"结转结余\",\"结转结余率\",\"按比例计分\",\"20\",\"20\" ,,\n"
                + "\"结转结余变动率\",\"二者择其一\",, ,\"资金管理\",\"资金使用合规性\",\"发现一次扣1分\",\"10\",\"9\"";
        List<Indicator> rows = read(text);
        assertThat(rows).extracting(Indicator::name).containsExactly("支出完成率", "结转结余率", "结转结余变动率", "资金使用合规性");
        assertThat(rows).extracting(Indicator::weight).extracting(w -> w == null ? null : w.toPlainString())
                .containsExactly("20", "20", null, "10");
        assertThat(rows.get(1).reportedScore()).isEqualByComparingTo("20");
        assertThat(rows.get(2).level2()).as("the merged 考核内容 carried").isEqualTo("结转结余");
        assertThat(rows.get(3).level2()).isEqualTo("资金管理");
    }

    @Test
    void records_on_lines_of_their_own_are_read_as_csv() {
        String text = HEADER + "\n\"预算管理\",\"预算执行\",\"支出完成率\",\"按比例计分, 满分为止\",\"20\",\"18\"\n"
                + ",\"结转结余\",\"结转结余率\",\"按比例计分\",\"20\",\"20\"\n,,\"变动率\",\"二者择其一\",\"10\",\"8\"\n";
        List<Indicator> rows = read(text);
        assertThat(rows).extracting(Indicator::name).containsExactly("支出完成率", "结转结余率", "变动率");
        assertThat(rows.get(2).reportedScore()).isEqualByComparingTo("8");
    }

    @Test
    void a_sentence_that_quotes_a_few_words_is_no_csv_table() {
        assertThat(QuotedCells.applies("按照\"放管服\",\"最多跑一次\"要求，完成\"三张清单\"。")).isFalse();
    }
}
