package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

/** Indicator blocks in layouts other forms print, and the damage aligned extraction does to them. */
class IndicatorLayoutsTest {
    private static final String PROJECT_LIBRARY_FORM = """
            项目名称:|绿化养护经费|项目编号:
            指标类型|指标名称|指标值|指标描述
            产出指标|数量指标|375万平方米|完成全市375万平方米的绿地养护
            质量指标|100%|达到绿化绿地全覆盖
            时效指标|全年|全年
            效益指标|社会效益指标|是|满足市民生存环境的需求
            可持续性发展影响指标|是|保障绿化养护的稳定正常运行
            满意度指标|服务对象或受益者满意度指标|≥95%|满意率应该在95%以上
            最近年度绩效评价情况|优秀□ 良好□ 合格□ 不合格□未评价□
            """;

    private static SelfEvaluation read(String text) {
        return new DisclosureReader().read(text, "test").tables().get(0).evaluation();
    }

    @Test
    void a_name_column_holding_the_二级_class_gives_rows_of_that_class_with_no_三级_name() {
        List<Indicator> rows = read(PROJECT_LIBRARY_FORM).indicators();
        assertThat(rows).extracting(Indicator::level2).containsExactly("数量指标", "质量指标", "时效指标", "社会效益指标",
                "可持续性发展影响指标", "服务对象或受益者满意度指标");
        assertThat(rows).extracting(Indicator::name).allMatch(String::isEmpty);
        assertThat(rows.get(0).target().text()).isEqualTo("375万平方米");
        assertThat(rows.get(0).level1()).isEqualTo("产出指标");
    }

    @Test
    void a_row_whose_merged_一级_cell_was_dropped_is_read_one_column_to_the_right() {
        List<Indicator> rows = read(PROJECT_LIBRARY_FORM).indicators();
        Indicator quality = rows.get(1);
        assertThat(quality.level1()).isEqualTo("产出指标");
        assertThat(quality.target().value()).isEqualByComparingTo("100");
        assertThat(rows.get(2).target().text()).as("全年 is the target, not a name").isEqualTo("全年");
    }

    @Test
    void a_header_of_指标名称_and_指标值_with_nothing_achieved_is_a_declaration_s() {
        assertThat(read(PROJECT_LIBRARY_FORM).header().kind()).isEqualTo(Header.Kind.DECLARATION);
    }

    @Test
    void a_field_of_tick_boxes_after_the_indicators_ends_the_block() {
        assertThat(read(PROJECT_LIBRARY_FORM).indicators()).hasSize(6)
                .noneMatch(i -> i.target().text().contains("□"));
    }

    @Test
    void a_二级_label_in_a_form_with_a_二级_column_is_not_shifted() {
        Row row = new Row(1, List.of("质量指标", "合格率", "≥90%", "95%", "10", "10"));
        IndicatorColumns national = IndicatorColumns.of(IndicatorColumns.Field.LEVEL1, IndicatorColumns.Field.LEVEL2,
                IndicatorColumns.Field.NAME, IndicatorColumns.Field.TARGET, IndicatorColumns.Field.ACTUAL,
                IndicatorColumns.Field.WEIGHT, IndicatorColumns.Field.SCORE);
        assertThat(MergedLevelShift.of(row, national)).isZero();
    }
}
