package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each step that undoes one kind of extraction damage, on small invented examples. */
class ReadingStepsTest {

    @Test
    void cells_run_together_are_cut_at_the_labels_and_at_the_edges_of_figures() {
        String line = "项目名称乡村公路养护主管部门某县交通局一级指标二级指标三级指标指标值实际完成值"
                + "产出指标数量指标养护里程≥120公里126公里质量指标路面完好率不低于90%93%";
        assertThat(RunOnText.isRunOn(line)).isTrue();
        assertThat(RunOnText.cut(line)).containsExactly("项目名称", "乡村公路养护", "主管部门", "某县交通局", "一级指标", "二级指标",
                "三级指标", "指标值", "实际完成值", "产出指标", "数量指标", "养护里程", "≥120公里", "126公里", "质量指标", "路面完好率",
                "不低于90%", "93%");
    }

    @Test
    void a_figure_inside_a_name_stays_in_the_name() {
        String line = "一级指标二级指标三级指标指标值实际完成值产出指标时效指标火灾6小时内扑灭率95%96%数量指标5000吨稻谷储备到位率100%100%";
        assertThat(RunOnText.cut(line)).contains("火灾6小时内扑灭率", "5000吨稻谷储备到位率");
    }

    @Test
    void a_figure_before_the_long_form_of_a_class_or_before_a_label_the_text_s_end_cuts_stands_alone() {
        String line = "一级指标二级指标指标内容指标值备注效益指标生态效益指标20100可持续影响指标20100社会公众或服务对象满意度指标88100"
                + "年度绩效指标一级指标二级指标指标内容指标值效益指标可持续影响指标20100社会公众或服务对象满意度指";
        assertThat(RunOnText.cut(line)).containsSubsequence("可持续影响指标", "20100", "社会公众或服务对象满意度指标", "88100")
                .endsWith("可持续影响指标", "20100", "社会公众或服务对象满意度指");
    }

    @Test
    void words_repeated_after_every_row_s_figures_are_a_cell_and_a_name_s_common_start_is_not() {
        String reasons = "三级指标指标值实际完成值甲率100%达成预期乙率90%达成预期丙率95%达成预期满意度指标";
        assertThat(RepeatedCells.in(reasons)).contains("达成预期");
        String names = "三级指标指标值实际完成值县级储备粮甲率100%县级储备粮乙率100%县级储备粮丙率100%";
        assertThat(RepeatedCells.in(names)).doesNotContain("县级储备粮");
    }

    @Test
    void page_marks_and_numbering_prefixes_are_no_cells() {
        String line = "2、100%质量指标一级指标二级指标三级指标指标1:资金到位率100%100%指标2:拨付及时率100%100%";
        List<String> cells = RunOnText.cut(line);
        assertThat(cells.get(0)).isEqualTo("100%");
        assertThat(cells).contains("资金到位率", "拨付及时率").noneMatch(c -> c.startsWith("指标1") || c.startsWith("指标2"));
    }

    @Test
    void amounts_and_a_rate_run_together_are_cut_where_the_division_gives_the_rate() {
        assertThat(GluedFigures.amountsAndRate("6363100%").cells()).containsExactly("63", "63", "100%");
        assertThat(GluedFigures.amountsAndRate("194.9194.9100%").cells()).containsExactly("194.9", "194.9", "100%");
        assertThat(GluedFigures.amountsAndRate("64.864.864.8100%").cells()).containsExactly("64.8", "64.8", "64.8", "100%");
        assertThat(GluedFigures.amountsAndRate("1008099%")).as("no cut gives 99 %").isNull();
    }

    @Test
    void a_weight_run_into_its_target_is_cut_off_where_the_actual_repeats_the_target() {
        assertThat(GluedFigures.weightBeforeTarget("102370人", "2370人").cells()).containsExactly("10", "2370人");
        assertThat(GluedFigures.weightBeforeTarget("2370人", "2370人")).isNull();
        assertThat(GluedFigures.weightBeforeTarget("3002370人", "2370人")).as("no weight is 300").isNull();
    }

    @Test
    void a_value_printed_twice_is_a_target_and_an_actual() {
        assertThat(GluedFigures.sameTwice("高高").cells()).containsExactly("高", "高");
        assertThat(GluedFigures.sameTwice("00").cells()).containsExactly("0", "0");
        assertThat(GluedFigures.sameTwice("高低")).isNull();
    }

    @Test
    void a_funding_rows_weight_and_score_run_together_after_its_rate_are_cut_at_an_execution_weight() {
        assertThat(GluedFigures.weightAndScore("2020").cells()).containsExactly("20", "20");
        assertThat(GluedFigures.weightAndScore("109").cells()).containsExactly("10", "9");
        assertThat(GluedFigures.weightAndScore("108.5").cells()).containsExactly("10", "8.5");
        assertThat(GluedFigures.weightAndScore("100")).as("a figure of its own, not 10 and 0").isNull();
        assertThat(GluedFigures.weightAndScore("2030")).as("a score above its weight").isNull();
        assertThat(GluedFigures.weightAndScore("55")).as("no execution weight of 5").isNull();
    }

    @Test
    void a_figure_broken_at_its_point_is_joined_only_where_the_joined_figures_check_out() {
        // 535.50 | 535.50 | 100%: executed ÷ budget gives the rate once the break is closed
        assertThat(BrokenDecimal.join("资金总体535. 50535.50100%2020")).isEqualTo("资金总体535.50535.50100%2020");
        // the same amount twice (budget and executed) with no rate
        assertThat(BrokenDecimal.join("基本支出535. 50535.50项目支出")).isEqualTo("基本支出535.50535.50项目支出");
        // a list's numbering before a year stays as printed
        assertThat(BrokenDecimal.join("1. 2024年度项目资金")).isEqualTo("1. 2024年度项目资金");
        assertThat(BrokenDecimal.join("共12. 50家")).isEqualTo("共12. 50家");
    }

    @Test
    void a_department_sheets_funding_row_run_together_is_cut_into_its_columns() {
        List<String> cells = RunOnText.cut("一级指标二级指标预算数 (万 元)执行数 (万 元)预算执行率分值得分资金总 体535. 50535.50100%2020");
        assertThat(cells).containsSubsequence("预算数 (万元)", "执行数 (万元)", "预算执行率", "分值", "得分", "资金总体",
                "535.50535.50100%", "2020");
        assertThat(RunOnText.cut("结余率(计算方法为:结余数/预算数)")).as("预算数 without its unit is no column")
                .containsExactly("结余率(计算方法为:结余数/预算数)");
    }

    @Test
    void a_funding_label_with_one_character_misread_is_the_label() {
        assertThat(OcrLabels.at("年初预匏数调整预算", 0)).isEqualTo("年初预算数");
        assertThat(OcrLabels.at("全年执行故(B)", 0)).isEqualTo("全年执行数");
        assertThat(OcrLabels.at("年初预算数", 0)).as("exact: the form's label, no slip").isNull();
        assertThat(OcrLabels.at("年初计划完成", 0)).as("two characters off: other words").isNull();
        assertThat(OcrLabels.at("全年预算 数", 0)).as("a space is no misread character").isNull();
        assertThat(RunOnText.cut("年度资金总额年初预匏数调整预算数全年执行数(B)")).startsWith("年度资金总额", "年初预算数");
    }

    @Test
    void recognition_slips_in_figures_are_repaired() {
        assertThat(OcrSlips.repair("IO").cell()).isEqualTo("10");
        assertThat(OcrSlips.repair("1O.5").cell()).isEqualTo("10.5");
        assertThat(OcrSlips.repair("290%").cell()).isEqualTo("≥90%");
        assertThat(OcrSlips.repair("143%")).isNull();
        assertThat(OcrSlips.repair("100")).isNull();
        assertThat(OcrSlips.repair("优")).isNull();
    }

    @Test
    void pinyin_printed_after_its_character_is_removed_and_other_parentheses_stay() {
        assertThat(InlinePinyin.strip("績效指標(biāo)執(zhí)行率(A)")).isEqualTo("績效指標執行率(A)");
        assertThat(InlinePinyin.strip("资金(万元)")).isEqualTo("资金(万元)");
    }

    @Test
    void one_cell_per_line_closed_by_pipes_reads_as_one_cell_per_line() {
        String[] lines = new String[24];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i % 3 == 2 ? "||||" : "cell " + i + " |";
        }
        assertThat(CellPerPipeLine.applies(lines)).isTrue();
        assertThat(CellPerPipeLine.unwrap(lines)[0]).isEqualTo("cell 0");
        assertThat(CellPerPipeLine.unwrap(lines)[2]).isEmpty();
        assertThat(CellPerPipeLine.applies(new String[]{"a | b | c |", "d | e | f |"})).isFalse();
    }

    @Test
    void a_row_that_misses_its_target_is_the_one_a_short_text_after_it_explains() {
        assertThat(UnmetRow.missesTarget(List.of("特困人员救助人数", "5", ">=4754人", "4604人", "5"))).isTrue();
        assertThat(UnmetRow.missesTarget(List.of("低保人数", "5", ">=21933人", "21980人", "5"))).isFalse();
    }

    @Test
    void rows_before_the_first_project_name_are_the_tail_of_a_table_whose_single_figures_summing_to_the_total_are_weights() {
        String text = String.join("\n",
                "乙项指标 | = | 100 | % | 40 | |||",
                "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | % | 10 | ||",
                "合计 | 100 | ||||",
                "项目支出绩效自评表(2023年度) | |||",
                "项目名称 | 下一张表 | |||");
        ReadResult r = new DisclosureReader().read(text, "tail");
        assertThat(r.tables()).hasSize(2);
        ReadTable tail = r.tables().get(0);
        assertThat(tail.evaluation().indicators()).extracting(i -> i.weight().intValue()).containsExactly(40, 10);
        assertThat(tail.evaluation().indicators()).allMatch(i -> i.actual().text().isEmpty());
        assertThat(tail.inferences()).extracting(Inference::field).contains("指标表头");
    }

    @Test
    void a_label_wrapped_onto_a_line_of_its_own_is_joined_back() {
        String[] lines = {"效益指标", "社会效益", "指标", "受益人口数", "总体", "目标", "指标"};
        assertThat(BrokenLabels.join(lines)).containsExactly("效益指标", "社会效益指标", "", "受益人口数", "总体目标", "", "指标");
    }

    @Test
    void a_template_s_placeholder_rows_are_skipped_and_counted() {
        String text = String.join("\n",
                "项目名称\t道路养护",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                "产出指标\t数量指标\t养护里程\t≥100公里\t120公里\t50\t50",
                "产出指标\t数量指标\t……\t/\t/\t\t",
                "产出指标\t质量指标\t/\t\t\t\t",
                "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t50\t50",
                "总分\t\t\t\t\t100\t100");
        ReadTable t = new DisclosureReader().read(text, "placeholders").tables().get(0);
        assertThat(t.evaluation().indicators()).extracting(i -> i.name()).containsExactly("养护里程", "群众满意度");
        assertThat(t.skippedRows()).isEqualTo(2);
        assertThat(Placeholder.is("……")).isTrue();
        assertThat(Placeholder.is("1.")).isFalse();
    }

    @Test
    void an_indicator_s_numbering_inside_its_name_is_the_form_s_not_the_name_s() {
        assertThat(NumberingPrefix.strip("指标1：全县参合人数")).isEqualTo("全县参合人数");
        assertThat(NumberingPrefix.strip("指标2:资金到位率")).isEqualTo("资金到位率");
        assertThat(NumberingPrefix.strip("指标完成率")).isEqualTo("指标完成率");
    }
}
