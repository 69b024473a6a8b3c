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

    @Test
    void in_a_form_without_scores_a_figure_after_a_row_s_labels_is_its_value_not_a_sum() {
        StringBuilder text = new StringBuilder("项目名称\n镇域基础设施建设\n一级指标\n二级指标\n指标内容\n指标值\n备注\n");
        text.append("产出指标\n数量指标\n88100\n质量指标\n88100\n时效指标\n88100\n效益指标\n社会效益指标\n68100\n生态效益指标\n20100\n可持续影响指标\n20100\n");
        List<Indicator> rows = read(text.toString()).indicators();
        assertThat(rows).extracting(Indicator::level2).containsExactly("数量指标", "质量指标", "时效指标", "社会效益指标", "生态效益指标",
                "可持续影响指标");
        assertThat(rows).extracting(i -> i.target().text()).containsExactly("88100", "88100", "88100", "68100", "20100", "20100");
    }

    @Test
    void the_group_label_over_a_second_header_is_no_part_of_the_next_name() {
        String block = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n";
        List<Indicator> rows = read("项目名称\t技能培训\n长期绩效指标\n" + block + "年度绩效指标\n" + block).indicators();
        assertThat(rows).extracting(Indicator::name).containsExactly("培训人数", "培训人数");
    }

    @Test
    void an_ellipsis_in_text_run_together_ends_a_cell_and_is_none() {
        assertThat(RunOnText.cut("一级指标二级指标三级指标指标值成本指标88100…效益指标经济效益指标88100"))
                .containsExactly("一级指标", "二级指标", "三级指标", "指标值", "成本指标", "88100", "效益指标", "经济效益指标", "88100");
    }

    @Test
    void a_scoring_sheet_run_together_with_its_criteria_between_weight_and_score_reads_each_row() {
        // Sichuan's 项目支出绩效评分表 with no separators: class labels with points, a name, its weight, the words on how
        // it is scored (one of them starting with a class label), its score
        String text = "2019年四川省项目支出绩效评分表一级指标二级指标三级指标分值指标评价内容(公式计算结果=x)得分(20分)"
                + "项目决策(10分)科学决策必要性(政策依据)5项目符合党中央决策部署,政策和实际需求的吻合程度分析5"
                + "可行性(政策完善)5可行性论证充分,制度是否健全完善4(10)绩效目标明确性5项目预期目标明确细化,可衡量5"
                + "合理性5绩效目标设定符合实际需求,合理可行5(10分)项目管理(7分)资金管理资金分配3资金分配\n";
        List<Indicator> rows = read(text).indicators();
        assertThat(rows).extracting(Indicator::name).containsExactly("必要性(政策依据)", "可行性(政策完善)", "明确性", "合理性", "资金分配");
        assertThat(rows).extracting(Indicator::level2).containsExactly("科学决策", "科学决策", "绩效目标", "绩效目标", "资金管理");
        assertThat(rows).extracting(Indicator::weight).extracting(java.math.BigDecimal::intValue).containsExactly(5, 5, 5, 5, 3);
        assertThat(rows.get(1).reportedScore()).isEqualByComparingTo("4");
        assertThat(rows.get(4).reportedScore()).isNull();
    }

    @Test
    void a_small_figure_inside_words_stands_alone_only_after_a_header_with_criteria_after_the_weight() {
        assertThat(WeightBeforeCriteria.headerEnd("三级指标分值指标评价内容得分项目")).isEqualTo("三级指标分值指标评价内容得分".length());
        assertThat(WeightBeforeCriteria.headerEnd("三级指标分值得分指标解释")).isEqualTo(-1);
        assertThat(WeightBeforeCriteria.figureAt("合理性5绩效", 3)).isEqualTo(1);
        assertThat(WeightBeforeCriteria.figureAt("依据)5项目符合", 3)).isEqualTo(1);
        assertThat(WeightBeforeCriteria.figureAt("维修5项", 2)).as("five items: a quantity").isZero();
        assertThat(WeightBeforeCriteria.figureAt("新增24个道班", 2)).as("a count in the words").isZero();
        assertThat(WeightBeforeCriteria.figureAt("资金2018年", 2)).as("a year, not a weight").isZero();
    }

    @Test
    void a_declaration_whose_names_run_into_their_绩效标准_is_cut_at_反映_and_情况_its_values_ending_where_the_next_name_starts() {
        // Hubei's 绩效目标表: 一级指标 holds the classes, 二级指标 the names, each described by 反映…情况
        SelfEvaluation e = read("项目名称 机关食堂运行\n绩效指标\n一级指标 二级指标\n绩效标准当年预期实现值\n"
                + "数量指标 供餐天数反映食堂全年供餐情况250天就餐人次反映食堂就餐规模情况\n3000人次\n"
                + "质量指标 食品安全抽检合格率反映食品安全质量情况\n≥98%\n");
        List<Indicator> rows = e.indicators();
        assertThat(rows).extracting(Indicator::name).containsExactly("供餐天数", "就餐人次", "食品安全抽检合格率");
        assertThat(rows).extracting(i -> i.target().text()).containsExactly("250天", "3000人次", "≥98%");
        assertThat(rows).extracting(Indicator::level2).containsExactly("数量指标", "数量指标", "质量指标");
        assertThat(e.header().kind()).isEqualTo(Header.Kind.DECLARATION);
    }

    @Test
    void a_name_whose_description_s_subject_starts_part_way_through_it_keeps_the_text_before_as_a_row_of_its_own() {
        // 成本控制率 and its target 不超预算 glued with no description between: cut at the comparison's words
        SelfEvaluation e = read("项目名称 机关食堂运行\n一级指标 二级指标\n绩效标准 当年预期实现值\n"
                + "成本指标 成本控制率不超预算食材损耗率反映食材损耗比上年下降情况≤5%\n"
                + "时效指标 供餐准时率反映供餐准时情况100%\n");
        assertThat(e.indicators()).extracting(Indicator::name).containsExactly("成本控制率", "食材损耗率", "供餐准时率");
        assertThat(e.indicators()).extracting(i -> i.target().text()).containsExactly("不超预算", "≤5%", "100%");
    }

    @Test
    void a_header_with_a_column_of_names_of_its_own_is_no_declaration_of_described_names() {
        SelfEvaluation e = read("项目名称 机关食堂运行\n一级指标 二级指标 三级指标 指标值\n"
                + "产出指标 数量指标 供餐天数 250天\n产出指标 质量指标 食品安全抽检合格率 ≥98%\n");
        assertThat(e.indicators()).extracting(Indicator::name).containsExactly("供餐天数", "食品安全抽检合格率");
    }

    /** A recognised scoring sheet run together, 分值 before 指标值, its weight label's characters out of order. */
    private static final String WEIGHT_BEFORE_TARGET_SHEET = "1、某市本级部门项目支出绩效自评表(2021年)项目名称中学公用经费主管部门某市教育局"
            + "一级指标二级指标三级指标考值参分指标值(A)全年实际值(B)得分未完成原因分析及改进措施"
            + "项目决策(10分)项目目标完整性4一目标明确、内容细化4项目立项相关性2一按照标准进行管理2可行性2实际工作需求2"
            + "项目管理(20分)投入管理\n"
            + "2、预算执行率10一100%9财务管理财务管理制度有效性6-严格执行财务制度6项目产出(30分)时效指标(5分)"
            + "经费完成时间52021年12月完成2021年12月完成4质量指标(5分)公用经费标准5符合文件要求符合文件要求5\n";

    @Test
    void a_sheet_printing_its_weights_before_the_targets_cuts_each_row_at_its_weight_and_score_on_every_page() {
        List<Indicator> rows = read(WEIGHT_BEFORE_TARGET_SHEET).indicators();
        assertThat(rows).extracting(Indicator::name).containsExactly("完整性", "相关性", "可行性", "预算执行率", "财务管理制度有效性",
                "经费完成时间", "公用经费标准");
        assertThat(rows).extracting(Indicator::weight).extracting(java.math.BigDecimal::intValue).containsExactly(4, 2, 2, 10, 6, 5, 5);
        assertThat(rows).extracting(Indicator::reportedScore).extracting(java.math.BigDecimal::intValue).containsExactly(4, 2, 2, 9, 6, 4, 5);
        assertThat(rows).extracting(Indicator::level2).containsExactly("项目目标", "项目立项", "项目立项", "投入管理", "财务管理", "时效指标(5分)",
                "质量指标(5分)");
    }

    @Test
    void a_dash_after_the_weight_is_the_target_printed_as_nothing_and_a_lone_words_cell_what_was_done() {
        List<Indicator> rows = read(WEIGHT_BEFORE_TARGET_SHEET).indicators();
        assertThat(rows.get(0).target().text()).isEqualTo("一");
        assertThat(rows.get(0).actual().text()).isEqualTo("目标明确、内容细化");
        assertThat(rows.get(2).target().text()).as("可行性 prints one words cell between weight and score").isEmpty();
        assertThat(rows.get(2).actual().text()).isEqualTo("实际工作需求");
        assertThat(rows.get(4).target().text()).isEqualTo("-");
        assertThat(rows.get(5).target().text()).as("a date, the weight cut off its year").isEqualTo("2021年12月完成");
        assertThat(rows.get(6).actual().text()).as("target and actual the same words twice").isEqualTo("符合文件要求");
    }

    @Test
    void the_weight_label_is_told_with_its_characters_out_of_order_only_right_before_指标值() {
        assertThat(WeightBeforeTarget.scrambledAt("三级指标考值参分指标值", 4)).isEqualTo(4);
        assertThat(WeightBeforeTarget.scrambledAt("三级指标考值参分得分", 4)).isZero();
        assertThat(WeightBeforeTarget.headerEnd("三级指标分值指标值全年实际值得分项目")).isEqualTo("三级指标分值指标值全年实际值得分".length());
        assertThat(WeightBeforeTarget.headerEnd("三级指标指标值全年实际值分值得分")).as("分值 after the values: the usual form").isEqualTo(-1);
    }

    @Test
    void words_after_a_class_label_at_the_texts_end_are_that_class_s_first_row_cut_off_not_the_end_of_the_last_name() {
        SelfEvaluation e = read(WEIGHT_BEFORE_TARGET_SHEET.replace("符合文件要求5\n", "符合文件要求5服务对象满意度指标(10分)学生和老\n"));
        Indicator last = e.indicators().get(e.indicators().size() - 1);
        assertThat(last.name()).isEqualTo("学生和老");
        assertThat(last.level2()).startsWith("服务对象满意度指标");
        assertThat(e.indicators().get(e.indicators().size() - 2).name()).isEqualTo("公用经费标准");
    }
}
