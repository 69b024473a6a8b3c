package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

/** The funding block in the shapes other forms and extractions give it, on small invented tables. */
class FundingStepsTest {
    private static final String INDICATORS = "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
            + "产出指标\t数量指标\t培训人数\t≥100人\t120人\t90\t90\n";

    /** The indicator block one cell per line (an extraction needs 20 lines or more to be read so). */
    private static final String INDICATORS_PER_LINE = "一级指标\n二级指标\n三级指标\n指标值\n实际完成值\n分值\n得分\n"
            + "产出指标\n数量指标\n培训人数\n≥100人\n120人\n90\n90\n";

    private static SelfEvaluation read(String text) {
        return new DisclosureReader().read(text, "test").tables().get(0).evaluation();
    }

    private static FundingRow total(SelfEvaluation e) {
        return e.funding().row(FundingRow.Kind.TOTAL).orElseThrow();
    }

    @Test
    void an_evaluation_report_form_gives_its_budget_as_the_amount_planned_and_what_was_spent() {
        SelfEvaluation e = read("项目名称\t优抚\n项目单位\t某区民政局\n"
                + "计划安排资金(万元)\t170\t实际到位资金(万元)\t170\n实际支出(万元)\t179.6\n"
                + "二、项目支出明细情况\n支出内容\t实际支出数\t会计凭证号\n补助\t67\t1月31日33号\n" + INDICATORS);
        assertThat(total(e).annual()).isEqualByComparingTo("170");
        assertThat(total(e).executed()).isEqualByComparingTo("179.6");
        assertThat(total(e).initial()).isNull();
    }

    @Test
    void the_amount_after_a_label_and_its_unit_printed_in_a_cell_of_their_own_is_read_one_cell_per_line() {
        SelfEvaluation e = read("项目名称\n森林防火\n计划安排资金\n(万元)\n55\n实际到位资金\n(万元)\n55\n实际支出\n(万元)\n50\n" + INDICATORS_PER_LINE);
        assertThat(total(e).annual()).isEqualByComparingTo("55");
        assertThat(total(e).executed()).isEqualByComparingTo("50");
    }

    @Test
    void a_spending_detail_column_named_like_the_amount_spent_is_no_funding() {
        SelfEvaluation e = read("项目名称\t防火\n支出内容\t实际支出数\t会计凭证号\n防火宣传\t45300\t1月11号\n" + INDICATORS);
        assertThat(e.funding().rows()).isEmpty();
    }

    @Test
    void a_funding_row_labelled_in_the_form_s_own_words_starts_a_row_one_cell_per_line() {
        SelfEvaluation e = read("项目名称\n猪场建设\n项目属性\n持续性项目\n预算执行情况(万元)\n(20分)\n预算数(A)\n执行数(B)\n执行率(B/A)\n得分\n"
                + "年度财政资金总额\n50\n10\n20\n4\n" + INDICATORS_PER_LINE);
        FundingRow t = total(e);
        assertThat(t.annual()).isEqualByComparingTo("50");
        assertThat(t.executed()).isEqualByComparingTo("10");
        Funding f = e.funding();
        assertThat(f.reportedScore()).isEqualByComparingTo("4");
        assertThat(f.weight()).as("the points printed over a header with no 分值 column").isEqualByComparingTo("20");
    }

    @Test
    void a_header_of_年初预算_调整后预算数_预算执行数_and_a_总额_row_is_the_national_block_in_other_words() {
        SelfEvaluation e = read("项目名称\t退耕还林\n"
                + "预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\n"
                + "\t总额\t5.00\t5.00\t4.00\t80.00%\t10\t8\n" + INDICATORS);
        FundingRow t = total(e);
        assertThat(t.initial()).isEqualByComparingTo("5");
        assertThat(t.annual()).isEqualByComparingTo("5");
        assertThat(t.executed()).isEqualByComparingTo("4");
        assertThat(e.funding().weight()).isEqualByComparingTo("10");
    }

    @Test
    void the_unit_that_filled_the_table_in_above_its_project_is_no_table_of_its_own() {
        var read = new DisclosureReader().read("2022年度项目支出绩效自评表\n单位名称:某县供销社 填报日期:2023年4月15日\n项目名称\t猪场建设\n"
                + "主管部门\t某县供销社\n" + INDICATORS, "test");
        assertThat(read.tables()).hasSize(1);
        assertThat(read.tables().get(0).evaluation().header().project()).isEqualTo("猪场建设");
    }

    @Test
    void a_run_on_table_among_a_document_site_s_page_list_is_cut_and_its_amounts_read_after_their_unit() {
        StringBuilder pages = new StringBuilder();
        for (int p = 1; p <= 20; p++) {
            pages.append("某县财政支出项目绩效评价报告.docx_第").append(p).append("页\n第").append(p).append("页 / 共22页\n");
        }
        String table = "1、某县财政支出项目绩效评价报告项目名称农村垃圾清运经费项目实施单位某县环卫处项目主管部门某县住建局"
                + "一、项目基本信息项目负责人张三项目起止时间2021年1月1日2021年12月31日计划安排资金(万元)299.4实际到位资金(万元)299.4"
                + "其中:中央财政省财政市县财政299.4其它实际支出(万元)288.5二、支出明细情况支出内容";
        SelfEvaluation e = read(pages + table + "\n");
        assertThat(e.header().project()).isEqualTo("农村垃圾清运经费");
        assertThat(total(e).annual()).isEqualByComparingTo(new BigDecimal("299.4"));
        assertThat(total(e).executed()).isEqualByComparingTo(new BigDecimal("288.5"));
    }

    @Test
    void a_footnote_naming_the_columns_is_no_table_run_together() {
        String footnote = "备注：1.其他资金：请在“其他需要说明的事项”栏注明资金来源。2.实际完成值：定性指标分三档。3.分值：原则上预算执行率10分，"
                + "产出指标总分50分，效益指标总分30分，满意度指标总分10分。4.自评等级：划分为4档，90（含）-100分为优。";
        String[] text = new String[31];
        text[0] = footnote;
        for (int i = 1; i < text.length; i++) {
            text[i] = "产出指标 数量指标 第" + i + "期培训人数 ≥100人 120人 20 20";
        }
        assertThat(RunOnText.applies(text)).isFalse();
    }
    @Test
    void a_total_whose_figures_end_the_header_row_and_whose_label_follows_its_sources_is_read_where_the_sources_add_up() {
        // a spreadsheet's text in its columns' order: the total's figures right after the header, its label below
        SelfEvaluation e = read("项目名称 就业补助资金\n全年预算数(A) 全年执行数(B) 300.00 290.00\n"
                + "其中:当年财政拨款 200.00 190.00\n其他资金 100.00 100.00\n年度资金总额\n" + INDICATORS);
        assertThat(total(e).annual()).isEqualByComparingTo("300");
        assertThat(total(e).executed()).isEqualByComparingTo("290");
    }

    @Test
    void figures_ending_the_header_that_the_sources_do_not_add_up_to_are_no_total() {
        SelfEvaluation e = read("项目名称 就业补助资金\n全年预算数(A) 全年执行数(B) 300.00 290.00\n"
                + "其中:当年财政拨款 150.00 140.00\n其他资金 100.00 100.00\n年度资金总额\n" + INDICATORS);
        assertThat(e.funding().row(FundingRow.Kind.TOTAL).map(FundingRow::annual)).isEmpty();
    }

    @Test
    void a_budget_printed_label_by_value_among_the_indicator_rows_is_the_years_budget() {
        // a transfer-payment sheet: the 预算资金安排 indicator prints the budget and its sources by label
        SelfEvaluation e = read("一级指标 二级指标 三级指标 自评内容 完成情况\n"
                + "项目预算管理 资金投入 预算编制科学性 符合要求 已按要求完成预算\n"
                + "资金合计(万元) 年度预算资金总额): 1084.25\n其中:中央补助 668.00\n"
                + "农村部分补助资金(万元)\n年度预算资金总额: 763.00\n");
        assertThat(total(e).annual()).isEqualByComparingTo("1084.25");
        assertThat(total(e).executed()).isNull();
    }
    @Test
    void a_department_sheets_funding_block_under_level_labels_reads_its_row_and_not_its_criteria() {
        // 一级指标 | 二级指标 over the funding columns, the criteria's words after the scores naming the rows again
        SelfEvaluation e = read("部门整体绩效评价指标体系评分表\n"
                + "一级指标\n二级指标\n预算数(万元)\n执行数(万元)\n预算执行率\n分值\n得分\n指标解释\n评分标准\n"
                + "预算执行情况\n资金总体\n535.50\n535.50\n100%\n20\n20\n部门全年执行数与全年预算数的比率\n"
                + "资金总体\n=\n基本支出\n+项目支出+其他\n得分最高不能超过该指标分值上限\n基本支出\n535.50\n535.50\n"
                + "一级指标\n二级指标\n三级指标\n指标值\n完成值\n分值\n得分\n产出\n数量\n计划完成率\n100%\n100%\n30\n30\n");
        assertThat(total(e).annual()).isEqualByComparingTo("535.50");
        assertThat(total(e).executed()).isEqualByComparingTo("535.50");
        assertThat(e.funding().weight()).isEqualByComparingTo("20");
        assertThat(e.funding().reportedScore()).isEqualByComparingTo("20");
        assertThat(e.funding().row(FundingRow.Kind.BASIC).orElseThrow().annual()).isEqualByComparingTo("535.50");
        assertThat(e.funding().rows()).filteredOn(r -> r.kind() == FundingRow.Kind.TOTAL).hasSize(1);
    }
    @Test
    void a_total_label_printed_among_the_header_labels_takes_the_figures_ending_that_row_where_its_rate_bears_them_out() {
        // an OCR'd run-on sheet: the total's label, the column labels (one misread), then the figures, all in one line
        String runOn = "项目名称初中公用经费主管部门银川市教育局项目资金(万元)年度资金总额年初预匏数调整预算数(A)全年执行数(B)执行率(B/A)"
                + "64.864.864.8100%年度总体目标保障学校正常工作运行一级指标二级指标三级指标分值指标值全年实际值得分";
        SelfEvaluation e = read(runOn + "\n");
        assertThat(total(e).initial()).isEqualByComparingTo("64.8");
        assertThat(total(e).annual()).isEqualByComparingTo("64.8");
        assertThat(total(e).executed()).isEqualByComparingTo("64.8");
        assertThat(total(e).ratePct()).isEqualByComparingTo("100");
    }

    @Test
    void figures_after_the_header_labels_whose_rate_does_not_check_out_are_no_total() {
        String runOn = "项目名称初中公用经费主管部门银川市教育局项目资金(万元)年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)"
                + "64.8 64.8 30 100%年度总体目标保障学校正常工作运行一级指标二级指标三级指标分值指标值全年实际值得分";
        SelfEvaluation e = read(runOn + "\n");
        assertThat(e.funding().row(FundingRow.Kind.TOTAL).map(FundingRow::executed)).isEmpty();
    }

    /** A transfer-payment form's funding block: rows and columns numbered, each column's label over two lines. */
    private static final String NUMBERED_HEADER = "资金投入情况\n(万元)\n行次 全年预算数\n(A)\n统筹整合资金数\n(B)\n"
            + "扣除统筹整合资金后预算金额\n(C)\n全年到位资金\n(D)\n预算到位\n(D/C×100%)\n全年执行资金\n(E)\n"
            + "预算执行\n(E/C×100%)\n佐证材料\n列次 0 1 2 3 4 5 6 7\n";

    @Test
    void a_numbered_funding_block_alone_places_its_figures_where_the_columns_formulas_bear_them_out() {
        // four amounts for five money columns: the rates (D/C, E/C) put them in A, C, D and E, the pooled B left blank
        var read = new DisclosureReader().read(NUMBERED_HEADER + "年度资金总额(万元): 1 80.00\n80.00 80.00 100.00% 60.00 75.00%\n"
                + "其中:中央财政资金(万元) 2 80.00\n80.00 80.00 100.00% 60.00 75.00% 支出凭证\n地方财政资金(万元) 3\n\n"
                + "其他资金(万元) 4\n\n资金管理情况\n情况说明 存在问题 改进措施\n", "test");
        ReadTable t = read.tables().get(0);
        FundingRow total = t.evaluation().funding().row(FundingRow.Kind.TOTAL).orElseThrow();
        assertThat(total.annual()).isEqualByComparingTo("80");
        assertThat(total.executed()).isEqualByComparingTo("60");
        assertThat(t.evaluation().funding().reportedRatePct()).isEqualByComparingTo("75");
        assertThat(t.evaluation().funding().row(FundingRow.Kind.OTHER).orElseThrow().isEmpty()).isTrue();
        assertThat(t.inferences()).anySatisfy(i -> assertThat(i.line()).isEqualTo(total.line()));
    }

    @Test
    void a_numbered_block_s_rate_over_the_budget_less_pooled_funds_is_no_execution_rate() {
        // every column printed: 执行 60 over C = 80 is 75 %, but over the year's budget 100 it is 60 %
        SelfEvaluation e = read("项目名称 林业改革\n" + NUMBERED_HEADER
                + "年度资金总额(万元): 1 100.00\n20.00 80.00 80.00 100.00% 60.00 75.00%\n" + INDICATORS);
        FundingRow total = total(e);
        assertThat(total.annual()).isEqualByComparingTo("100");
        assertThat(total.executed()).isEqualByComparingTo("60");
        assertThat(total.ratePct()).isNull();
        assertThat(e.indicators()).hasSize(1);
    }

    @Test
    void a_numbered_row_whose_figures_no_placing_bears_out_is_left_unread_and_said_so() {
        // the rates 90 % and 75 % fit no placing of these amounts
        var read = new DisclosureReader().read(NUMBERED_HEADER + "年度资金总额(万元): 1 80.00\n80.00 70.00 90.00% 50.00 75.00%\n"
                + "其中:中央财政资金(万元) 2 80.00\n80.00 80.00 100.00% 60.00 75.00%\n其他资金(万元) 3\n", "test");
        ReadTable t = read.tables().get(0);
        assertThat(t.evaluation().funding().row(FundingRow.Kind.TOTAL).orElseThrow().isEmpty()).isTrue();
        assertThat(t.problems()).anySatisfy(p -> assertThat(p.en()).contains("年度资金总额"));
    }

    @Test
    void a_header_starting_with_行次_but_no_column_numbers_after_it_is_no_numbered_block() {
        assertThat(NumberedFundingBlock.isIn(Rows.split("行次 全年预算数\n(A)\n全年执行数\n(B)\n年度资金总额 1 80 60\n").rows())).isFalse();
    }
}
