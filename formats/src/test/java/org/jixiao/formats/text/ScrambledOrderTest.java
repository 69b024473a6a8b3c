package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

/** A table whose text layer was written out of order: names in one sequence, figures in another. */
class ScrambledOrderTest {
    /** Invented in the shape of a spreadsheet read in drawing order: every name followed by another row's figures. */
    private static final String SCRAMBLED = "某县项目支出绩效自评表 (2021年度) 项目名称 技能培训补助 主管部门 某县人社局 项目资金 年初预算数 (万元)"
            + " 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 40 38 10 95% 9.5 40 38 — 95% —"
            + " 其他资金 — — 一级 指标 二级指标 三级指标 数量指标 指标1:培训人次 绩 效 指 标 某县就业中心 产出 指标 (50分 ) 实际 指标值"
            + " 完成值 500 分值 得分 偏差原因 450 40 36 人数减少 质量指标 指标1:考核合 格率 90% 95% 30 30 满意度 指标1:学员满意度 90%"
            + " 92% 20 20 100 95.5 效益 指标 总分";

    private static SelfEvaluation read(String text) {
        return new DisclosureReader().read(text, "test").tables().get(0).evaluation();
    }

    @Test
    void names_and_figures_written_apart_are_paired_each_in_their_own_order_and_a_name_s_broken_end_rejoined() {
        List<Indicator> rows = read(SCRAMBLED).indicators();
        assertThat(rows).extracting(Indicator::name).containsExactly("培训人次", "考核合格率", "学员满意度");
        Indicator first = rows.get(0);
        assertThat(first.target().value()).isEqualByComparingTo("500");
        assertThat(first.actual().value()).isEqualByComparingTo("450");
        assertThat(first.weight()).isEqualByComparingTo("40");
        assertThat(first.reportedScore()).isEqualByComparingTo("36");
        assertThat(rows.get(2).reportedScore()).isEqualByComparingTo("20");
    }

    @Test
    void the_pairing_is_an_inference_and_the_table_s_sums_rest_on_it() {
        ReadTable t = new DisclosureReader().read(SCRAMBLED, "test").tables().get(0);
        assertThat(t.inferences()).extracting(Inference::field).contains("指标行", "总分");
        assertThat(t.evaluation().reportedTotal()).isEqualByComparingTo("95.5");
    }

    @Test
    void a_pairing_the_weights_do_not_bear_out_is_not_made() {
        // the weights 40 + 30 + 20 and the execution's 10 make 100: printed as 90, the order cannot be trusted
        String wrong = SCRAMBLED.replace(" 100 95.5 ", " 90 95.5 ");
        assertThat(read(wrong).indicators()).noneMatch(i -> i.name().equals("培训人次"));
    }

    @Test
    void the_funding_labels_take_the_runs_of_amounts_in_order_and_the_rate_says_which_columns_they_fill() {
        SelfEvaluation e = read(SCRAMBLED);
        FundingRow total = e.funding().row(FundingRow.Kind.TOTAL).orElseThrow();
        assertThat(total.initial()).as("two amounts for three columns: 38 ÷ 40 is the 95% printed").isNull();
        assertThat(total.annual()).isEqualByComparingTo("40");
        assertThat(total.executed()).isEqualByComparingTo("38");
        assertThat(e.funding().weight()).isEqualByComparingTo("10");
        assertThat(e.funding().reportedScore()).isEqualByComparingTo("9.5");
        FundingRow fiscal = e.funding().row(FundingRow.Kind.CURRENT_FISCAL).orElseThrow();
        assertThat(fiscal.annual()).as("a sub-row printed like the total is read in its columns").isEqualByComparingTo("40");
        assertThat(fiscal.executed()).isEqualByComparingTo("38");
    }

    @Test
    void a_figure_is_a_number_a_percentage_or_an_amount_with_its_unit_and_not_a_points_mark() {
        assertThat(DetachedFigures.isFigure("75元")).isTrue();
        assertThat(DetachedFigures.isFigure("95%")).isTrue();
        assertThat(DetachedFigures.isFigure("(50分")).isFalse();
        assertThat(DetachedFigures.isFigure("5000吨稻谷储备到位率")).isFalse();
    }

    @Test
    void a_class_label_drawn_among_the_header_cells_opens_the_first_row() {
        // a spreadsheet's text layer: 数量指标 (the first row's class) drawn between 二级指标 and 三级指标
        List<String> cells = List.of("一级指标", "二级指标", "数量指标", "三级指标", "年度目标", "指标值", "享受社会保险补贴人员数量", "4443");
        List<Row> rows = OneCellPerLine.rebuild(cells, java.util.Collections.nCopies(cells.size(), 1));
        assertThat(rows.get(0).cells()).containsExactly("一级指标", "二级指标", "三级指标", "年度目标", "指标值");
        assertThat(rows.get(1).cells()).containsExactly("数量指标", "享受社会保险补贴人员数量", "4443");
    }

    @Test
    void a_name_after_the_last_row_where_the_text_ends_is_a_row_cut_off_not_the_end_of_the_last_name() {
        List<Indicator> rows = read("项目名称\t就业补助资金\n一级指标\t二级指标\t三级指标\t指标值\n"
                + "产出指标\t数量指标\t享受社会保险补贴人员数量\t4443\n享受公益性岗位补贴人员\n").indicators();
        assertThat(rows).extracting(Indicator::name).containsExactly("享受社会保险补贴人员数量", "享受公益性岗位补贴人员");
        assertThat(rows.get(1).target().value()).isNull();
    }
}
