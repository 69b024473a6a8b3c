package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** Words a column repeats on every row, and answers run into their questions, in forms without scores. */
class RepeatedWordsTest {
    private static final String COMPLETION_SHEET = "项目名称区级森林防火专项经费主管部门区园林和林业局"
            + "一级指标二级指标三级指标年初目标值实际完成值未完成原因及改进措施"
            + "产出指标产出数量灭火设备配备率100%1000件达成预期指标监控系统维护率100%5个达成预期指标"
            + "产出质量森林火灾火因查明率不低于95%达成预期指标森林火灾案件查处率不低于90%达成预期指标"
            + "效益指标社会效益公众知晓度是否明显提高是达成预期指标可持续影响监控设备的有效率90%达成预期指标";

    private static List<Indicator> rows() {
        return new DisclosureReader().read(COMPLETION_SHEET, "test").tables().get(0).evaluation().indicators();
    }

    @Test
    void words_repeated_after_every_row_stand_in_the_reason_column_even_where_a_row_is_a_cell_short() {
        List<Indicator> rows = rows();
        assertThat(rows).extracting(Indicator::name).containsExactly("灭火设备配备率", "监控系统维护率", "森林火灾火因查明率",
                "森林火灾案件查处率", "公众知晓度是否明显提高", "监控设备的有效率");
        assertThat(rows.get(0).actual().text()).isEqualTo("1000件");
        assertThat(rows.get(2).actual().text()).as("one value before the repeated words: the target alone").isEmpty();
        assertThat(rows).extracting(Indicator::deviationReason).containsOnly("达成预期指标");
    }

    @Test
    void a_yes_or_no_indicator_run_into_its_answer_is_cut_after_the_question() {
        assertThat(GluedAnswer.cut("公众知晓度是否明显提高是").cells()).containsExactly("公众知晓度是否明显提高", "是");
        assertThat(GluedAnswer.cut("是否满意")).as("nothing after 是否 to answer").isNull();
        assertThat(GluedAnswer.cut("资金是否全部纳入医保统筹")).isNull();
        assertThat(rows().get(4).target().text()).isEqualTo("是");
    }
}
