package org.jixiao.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.declaration.SampleDeclarations.d;
import static org.jixiao.core.declaration.SampleDeclarations.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.junit.jupiter.api.Test;

class DeclarationChecksTest {

    private static List<Finding> findings(Declaration d) {
        return DeclarationChecks.run(DeclarationContext.of(d));
    }

    private static List<Finding> findings(Declaration d, DeclarationRules rules) {
        return DeclarationChecks.run(new DeclarationContext(d, null, rules));
    }

    private static List<String> keys(List<Finding> fs) {
        return fs.stream().map(Finding::key).toList();
    }

    private static List<DeclaredIndicator> replaced(int index, DeclaredIndicator by) {
        List<DeclaredIndicator> is = new ArrayList<>(SampleDeclarations.indicators());
        is.set(index, by);
        return is;
    }

    @Test
    void a_complete_declaration_has_no_finding() {
        assertThat(findings(SampleDeclarations.valid())).isEmpty();
    }

    @Test
    void a_declaration_without_a_benefit_indicator_is_an_error() {
        List<Finding> fs = findings(SampleDeclarations.without("持证人员上岗率"));
        assertThat(keys(fs)).containsExactly("DECLARATION_CLASS_MISSING.benefit");
        assertThat(fs.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(fs.get(0).message(Locale.CHINESE)).contains("效益指标");
        assertThat(fs.get(0).message(Locale.ENGLISH)).contains("benefit indicator");
    }

    @Test
    void a_missing_satisfaction_indicator_is_an_error_only_where_the_project_serves_people() {
        Declaration d = SampleDeclarations.without("参训人员满意度");
        assertThat(findings(d)).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(findings(d, new DeclarationRules(true, null, false))).extracting(Finding::severity)
                .containsExactly(Severity.ERROR);
    }

    @Test
    void outputs_without_quality_or_timeliness_and_without_cost_are_warned_of() {
        List<DeclaredIndicator> is = new ArrayList<>(SampleDeclarations.indicators());
        is.removeIf(i -> i.level2().startsWith("质量") || i.level2().startsWith("时效") || i.level2().startsWith("成本"));
        assertThat(keys(findings(SampleDeclarations.withIndicators(is))))
                .containsExactly("DECLARATION_OUTPUT_INCOMPLETE.quality_or_time", "DECLARATION_OUTPUT_INCOMPLETE.cost");
    }

    @Test
    void a_quantitative_target_without_an_operator_a_number_or_a_unit_is_an_error() {
        assertThat(keys(findings(SampleDeclarations.withIndicators(replaced(0, indicator("产出指标", "数量指标", "培训人次", "", "8", "次"))))))
                .containsExactly("DECLARATION_TARGET_INCOMPLETE.operator");
        assertThat(keys(findings(SampleDeclarations.withIndicators(replaced(0, indicator("产出指标", "数量指标", "培训人次", "≥", "8", ""))))))
                .containsExactly("DECLARATION_TARGET_INCOMPLETE.unit");
        assertThat(keys(findings(SampleDeclarations.withIndicators(replaced(0, indicator("产出指标", "数量指标", "培训人次", "≥", "", "次"))))))
                .containsExactly("DECLARATION_TARGET_INCOMPLETE.value");
    }

    @Test
    void a_target_that_is_its_unit_with_no_figure_lacks_its_value() {
        // as a reader reads a template's unfilled cell "公里": a quantity promised, its figure never written
        DeclaredIndicator unitOnly = new DeclaredIndicator(0, "产出指标", "数量指标", "新建堤防长度",
                new org.jixiao.core.evaluation.Target(org.jixiao.core.evaluation.Operator.NONE, null, "公里", "公里"), null, "按完成比例计分", "");
        assertThat(keys(findings(SampleDeclarations.withIndicators(replaced(0, unitOnly)))))
                .containsExactly("DECLARATION_TARGET_INCOMPLETE.value");
    }

    @Test
    void a_bare_improve_as_a_qualitative_target_is_warned_of_and_a_measurable_tier_is_not() {
        assertThat(keys(findings(SampleDeclarations.withIndicators(replaced(4, indicator("效益指标", "社会效益指标", "服务水平", "定性", "有效提高", ""))))))
                .containsExactly("DECLARATION_VAGUE_TARGET");
        assertThat(findings(SampleDeclarations.withIndicators(replaced(4, indicator("效益指标", "社会效益指标", "服务水平", "定性", "达到省级示范标准", "")))))
                .isEmpty();
    }

    @Test
    void the_share_of_quantitative_indicators_is_checked_only_where_the_region_sets_one() {
        Declaration d = SampleDeclarations.withIndicators(replaced(4, indicator("效益指标", "社会效益指标", "服务水平", "定性", "达到省级示范标准", "")));
        assertThat(findings(d)).isEmpty();
        List<Finding> fs = findings(d, new DeclarationRules(false, d("90"), false));
        assertThat(keys(fs)).containsExactly("DECLARATION_QUANTITATIVE_SHARE");
        assertThat(fs.get(0).message(Locale.CHINESE)).contains("83.33%", "5 / 6", "90%");
    }

    @Test
    void a_missing_scoring_standard_is_warned_of_where_the_region_requires_one() {
        DeclaredIndicator bare = new DeclaredIndicator(0, "产出指标", "数量指标", "培训人次",
                org.jixiao.core.evaluation.Target.of("≥", "8", "次"), null, "", "");
        Declaration d = SampleDeclarations.withIndicators(replaced(0, bare));
        assertThat(findings(d)).isEmpty();
        assertThat(keys(findings(d, new DeclarationRules(false, null, true)))).containsExactly("DECLARATION_STANDARD_MISSING");
    }

    @Test
    void funding_whose_parts_do_not_add_up_or_whose_year_exceeds_the_period_is_an_error() {
        Declaration parts = SampleDeclarations.valid().withAnnualFunding(new DeclaredFunding(d("100"), d("70"), d("20")));
        assertThat(keys(findings(parts))).containsExactly("DECLARATION_FUNDING_ARITHMETIC.parts_annual");
        assertThat(findings(parts).get(0).message(Locale.CHINESE)).contains("100", "90");

        Declaration period = new Declaration(multiYearHeader(), new DeclaredFunding(d("100"), d("80"), d("20")),
                new DeclaredFunding(d("90"), d("90"), null), new DeclaredGoals("年度", "中期"), SampleDeclarations.indicators());
        assertThat(keys(findings(period))).containsExactly("DECLARATION_FUNDING_ARITHMETIC.annual_over_midterm");
    }

    @Test
    void a_project_of_several_years_needs_a_midterm_goal_and_every_project_an_annual_one() {
        Declaration d = new Declaration(multiYearHeader(), new DeclaredFunding(d("100"), d("80"), d("20")),
                DeclaredFunding.none(), new DeclaredGoals("", ""), SampleDeclarations.indicators());
        assertThat(keys(findings(d))).containsExactly("DECLARATION_GOAL_MISSING.annual", "DECLARATION_GOAL_MISSING.midterm");
        assertThat(findings(d).get(1).message(Locale.ENGLISH)).contains("2023–2025");
    }

    @Test
    void a_satisfaction_indicator_that_measures_no_satisfaction_is_misclassified() {
        assertThat(keys(findings(SampleDeclarations.withIndicators(replaced(5, indicator("满意度指标", "服务对象满意度指标", "咨询服务渠道", "≥", "3", "个"))))))
                .containsExactly("MISCLASSIFIED.satisfaction");
    }

    @Test
    void an_indicator_dropped_or_a_target_lowered_against_last_year_is_a_notice() {
        Declaration lastYear = SampleDeclarations.valid();
        List<DeclaredIndicator> now = replaced(1, indicator("产出指标", "质量指标", "考试合格率", "≥", "85", "%"));
        now.remove(2);
        List<Finding> fs = DeclarationChecks.run(new DeclarationContext(SampleDeclarations.withIndicators(now), lastYear, null));
        assertThat(keys(fs)).containsExactly("DECLARATION_WEAKER_THAN_LAST_YEAR.dropped", "DECLARATION_WEAKER_THAN_LAST_YEAR.lowered");
        assertThat(fs).extracting(Finding::severity).containsOnly(Severity.NOTICE);
        assertThat(fs.get(1).message(Locale.CHINESE)).contains("考试合格率", ">=90%", ">=85%");
    }

    @Test
    void every_code_has_its_messages_in_both_languages() {
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle("org.jixiao.core.checks.findings", Locale.CHINESE);
        java.util.ResourceBundle en = java.util.ResourceBundle.getBundle("org.jixiao.core.checks.findings", Locale.ENGLISH);
        for (String code : DeclarationChecks.codes()) {
            assertThat(zh.keySet().stream().anyMatch(k -> k.equals(code) || k.startsWith(code + "."))).as(code).isTrue();
            assertThat(en.keySet().stream().anyMatch(k -> k.equals(code) || k.startsWith(code + "."))).as(code).isTrue();
        }
    }

    private static DeclarationHeader multiYearHeader() {
        return new DeclarationHeader("示范区建设", null, "云南省工业和信息化厅", "云南省信息技术发展中心", 2023,
                CurrencyUnit.WAN_YUAN, ProjectAttribute.NEW, 2023, 2025, "", "");
    }

}
