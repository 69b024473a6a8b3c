package org.jixiao.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.declaration.Declaration;
import org.junit.jupiter.api.Test;

/** A 绩效目标申报表's goals, period and funding, read by their labels, on small invented tables. */
class DeclarationFieldsTest {
    private static final String INDICATORS = """
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t培训人数\t≥100人
            """;

    private static Declaration declared(String text) {
        return new DisclosureReader().read(text, "test").tables().get(0).declaration();
    }

    @Test
    void the_year_s_goal_is_the_text_beside_its_label() {
        Declaration d = declared("""
                项目支出绩效目标申报表
                项目名称\t技能培训
                总体目标\t年度目标\t完成培训 100 人次
                """ + INDICATORS);
        assertThat(d.goals().annual()).isEqualTo("完成培训 100 人次");
        assertThat(d.goals().midterm()).isEmpty();
    }

    @Test
    void a_goal_label_standing_alone_takes_the_row_below_it() {
        Declaration d = declared("""
                项目名称\t技能培训
                总体目标
                年度目标
                全年培训农村劳动力，提高就业率
                """ + INDICATORS);
        assertThat(d.goals().annual()).isEqualTo("全年培训农村劳动力，提高就业率");
    }

    @Test
    void a_long_term_goal_is_the_midterm_goal_and_this_year_s_the_annual_one() {
        Declaration d = declared("""
                项目名称\t幼儿园公用经费
                项目年度绩效目标情况\t长期绩效目标\t完善学前教育经费保障机制
                本年度绩效目标\t按人均 500 元补助
                """ + INDICATORS);
        assertThat(d.goals().annual()).isEqualTo("按人均 500 元补助");
        assertThat(d.goals().midterm()).isEqualTo("完善学前教育经费保障机制");
    }

    @Test
    void a_goal_label_garbled_by_question_marks_is_still_its_label() {
        Declaration d = declared("""
                项目名称\t环境卫生清洁
                绩?????效???目???标\t搞好环境卫生保洁消杀工作
                """ + INDICATORS);
        assertThat(d.goals().annual()).isEqualTo("搞好环境卫生保洁消杀工作");
    }

    @Test
    void a_goal_written_after_its_label_and_a_colon_in_one_cell_is_read() {
        Declaration d = declared("项目名称\t技能培训\n年度目标：完成培训任务\n" + INDICATORS);
        assertThat(d.goals().annual()).isEqualTo("完成培训任务");
    }

    @Test
    void an_indicator_header_after_the_label_is_no_goal() {
        Declaration d = declared("项目名称\t技能培训\n年度目标\n" + INDICATORS);
        assertThat(d.goals().annual()).isEmpty();
    }

    @Test
    void the_project_period_gives_the_first_and_last_year() {
        Declaration d = declared("项目名称\t农田建设\n项目起止时间\t2021年1月起至2023年12月止\n年度目标\t完成主体工程\n" + INDICATORS);
        assertThat(d.header().firstYear()).isEqualTo(2021);
        assertThat(d.header().lastYear()).isEqualTo(2023);
        assertThat(d.header().isMultiYear()).isTrue();
        assertThat(declared("项目名称\t绿化养护\n项目期限\t全年\n" + INDICATORS).header().firstYear()).isNull();
    }

    @Test
    void funding_printed_label_by_value_is_the_year_s_funding() {
        Declaration d = declared("""
                项目名称\t农田建设
                年度资金总额:\t854万(农田建设400万元,示范建设295万元,畅通工程159万元)
                其中:财政拨款\t854
                其他资金
                """ + INDICATORS);
        assertThat(d.annualFunding().total()).isEqualByComparingTo(new BigDecimal("854"));
        assertThat(d.annualFunding().fiscal()).isEqualByComparingTo(new BigDecimal("854"));
        assertThat(d.annualFunding().other()).isNull();
    }

    @Test
    void an_indicator_named_like_a_goal_is_no_goal() {
        Declaration d = declared("项目名称\t技能培训\n" + INDICATORS + "效益指标\t社会效益指标\t年度目标完成率\t≥90%\n");
        assertThat(d.goals().annual()).isEmpty();
    }

    @Test
    void a_target_cell_holding_only_its_unit_is_a_quantity_without_its_figure() {
        var t = new DisclosureReader().read("项目名称\t堤防工程\n一级指标\t二级指标\t三级指标\t指标值\n"
                + "产出指标\t数量指标\t新建堤防长度\t公里\n产出指标\t质量指标\t工程质量\t优良\n", "test").tables().get(0);
        var dike = t.evaluation().indicators().get(0).target();
        assertThat(dike.value()).isNull();
        assertThat(dike.unit()).isEqualTo("公里");
        assertThat(dike.operator()).isEqualTo(org.jixiao.core.evaluation.Operator.NONE);
        assertThat(t.evaluation().indicators().get(1).target().operator()).as("words stay words")
                .isEqualTo(org.jixiao.core.evaluation.Operator.QUALITATIVE);
    }
}
