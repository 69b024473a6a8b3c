package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** A scoring sheet whose 分值 and 得分 stand at the start of the line after their names. */
class FiguresAfterNamesTest {
    /** Invented in the shape of a PDF's text layer: each line ends in a name and starts with the figures of the one before. */
    private static final String SHEET = String.join("\n",
            "(20 分)项目决策(10 分)科学决策立项依据",
            "5 5 立项程序",
            "5 4 (",
            "10 ) 绩效目标目标明确",
            "5 5 目标合理",
            "5 3 12 (",
            "10 分)项目管理资金管理资金到位率",
            "6 6 资金使用",
            "4 4 总分");

    private static List<Indicator> read(String text) {
        return new DisclosureReader().read(text, "test").tables().get(0).evaluation().indicators();
    }

    @Test
    void each_run_of_figures_closes_the_row_whose_name_precedes_it() {
        List<Indicator> rows = read(SHEET);
        assertThat(rows).extracting(Indicator::name).containsExactly("立项依据", "立项程序", "目标明确", "目标合理", "资金到位率", "资金使用");
        assertThat(rows).extracting(i -> i.weight().toPlainString() + "/" + i.reportedScore().toPlainString())
                .containsExactly("5/5", "5/4", "5/5", "5/3", "6/6", "4/4");
    }

    @Test
    void a_page_s_heading_ending_in_a_year_before_the_sheet_is_no_row() {
        String page = "来源：https://www.example.gov.cn/zwgk/0711/某县部门整体支出绩效自评报告 发布于 2017\n" + SHEET;
        assertThat(read(page)).extracting(Indicator::name).first().isEqualTo("立项依据");
    }

    @Test
    void a_class_label_glued_to_its_name_and_the_points_marks_around_it_are_told_apart() {
        List<Indicator> rows = read(SHEET);
        assertThat(rows.get(0).level1()).isEqualTo("项目决策");
        assertThat(rows.get(0).level2()).isEqualTo("科学决策");
        assertThat(rows.get(2).level2()).as("the points mark before the class, split over two lines").isEqualTo("绩效目标");
        assertThat(rows.get(4).level1()).isEqualTo("项目管理");
        assertThat(rows.get(4).level2()).isEqualTo("资金管理");
    }

    @Test
    void a_figure_beyond_the_row_s_columns_is_dropped_and_said_so() {
        ReadTable t = new DisclosureReader().read(SHEET, "test").tables().get(0);
        assertThat(t.inferences()).anySatisfy(i -> {
            assertThat(i.value()).isEqualTo("12");
            assertThat(i.en()).contains("目标合理");
        });
        assertThat(t.inferences()).filteredOn(i -> i.field().equals("指标行")).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void a_lone_figure_where_two_belong_is_nobody_s_and_names_without_figures_are_rows_of_their_own() {
        String sheet = SHEET.replace("4 4 总分", "4 4 (30 分)项目效益经济效益(可选项)\n20 社会效益(可选项) 服务对象满意度\n10 9 总分");
        List<Indicator> rows = read(sheet);
        assertThat(rows).extracting(Indicator::name).endsWith("经济效益(可选项)", "社会效益(可选项)", "服务对象满意度");
        Indicator economic = rows.get(rows.size() - 3);
        assertThat(economic.weight()).isNull();
        assertThat(economic.reportedScore()).isNull();
        assertThat(rows.get(rows.size() - 2).weight()).isNull();
        assertThat(rows.get(rows.size() - 1).reportedScore()).isEqualByComparingTo("9");
    }

    @Test
    void under_a_header_with_the_score_alone_each_name_s_points_mark_is_its_weight() {
        String sheet = String.join("\n",
                "整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 部门决 策(20 分) 目标任务(10 分) 相关性(5 分)",
                "5 明确性(5 分)",
                "4 预算编制(10 分) 测算依据(6 分)",
                "6 目标管理(4 分)",
                "3 综合管理(10 分) 资金时限(2 分) 分配时限(2 分)",
                "2 合规性........");
        List<Indicator> rows = read(sheet);
        assertThat(rows).extracting(Indicator::name)
                .containsExactly("相关性(5分)", "明确性(5分)", "测算依据(6分)", "目标管理(4分)", "分配时限(2分)", "合规性");
        assertThat(rows.get(1).weight()).isEqualByComparingTo("5");
        assertThat(rows.get(1).reportedScore()).isEqualByComparingTo("4");
        assertThat(rows.get(2).level2()).isEqualTo("预算编制");
        assertThat(rows.get(4).level1()).isEqualTo("综合管理");
        assertThat(rows.get(4).level2()).isEqualTo("资金时限");
        assertThat(rows.get(5).weight()).as("cut off before its mark and its figure").isNull();
    }

    @Test
    void scores_above_their_weights_mean_the_figures_are_not_read_this_way() {
        String swapped = SHEET.replace("5 4 (", "4 5 (").replace("5 3 12 (", "3 5 12 (").replace("6 6 资金使用", "5 6 资金使用");
        assertThat(FiguresAfterNames.rebuild(swapped.split("\n"))).isNull();
    }

    @Test
    void a_table_whose_rows_end_in_their_figures_is_no_such_sheet() {
        String ordinary = String.join("\n",
                "一级指标 二级指标 三级指标 分值 得分",
                "产出指标 数量指标 培训人次 10 10",
                "1 质量指标 合格率 10 9",
                "2 时效指标 及时率 10 10",
                "3 成本指标 成本 10 10",
                "4 效益指标 满意度 10 10",
                "5 效益指标 覆盖率 10 10");
        assertThat(FiguresAfterNames.applies(ordinary.split("\n"))).isFalse();
    }

    @Test
    void a_numbered_table_whose_rows_end_in_a_word_is_no_such_sheet() {
        String numbered = String.join("\n",
                "序号 二级指标 三级指标 指标值 实际完成值 分值 得分 偏差原因",
                "1 数量指标 培训人次 100 98 10 9 无",
                "2 质量指标 合格率 90 95 10 10 无",
                "3 时效指标 及时率 100 100 10 10 无",
                "4 成本指标 成本 50 48 10 10 无",
                "5 效益指标 满意度 90 92 10 10 无",
                "6 效益指标 覆盖率 90 93 10 10 无");
        assertThat(FiguresAfterNames.applies(numbered.split("\n"))).isFalse();
    }
}
