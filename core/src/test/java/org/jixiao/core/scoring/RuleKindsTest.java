package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.benefit;
import static org.jixiao.core.scoring.Fixtures.d;
import static org.jixiao.core.scoring.Fixtures.evaluation;
import static org.jixiao.core.scoring.Fixtures.funding;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.satisfaction;
import static org.jixiao.core.scoring.Fixtures.zh;
import static org.jixiao.core.scoring.Fixtures.en;

import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.junit.jupiter.api.Test;

/** The rule kinds of schemes-more.md, each on the figures the spec gives. */
class RuleKindsTest {
    private static final Schemes SCHEMES = Schemes.builtIn();

    private static Scorer scorer(String id) {
        return SCHEMES.scorer(SCHEMES.get(id));
    }

    private static Indicator common(String name, String actual, String weight) {
        return new Indicator("投入", "预算配置", name, Target.parse("≤100%"), Actual.reported(actual), d(weight), null, "", 0);
    }

    // ---- 6. deduction per percentage point ------------------------------------------------------------------

    @Test
    void a_staff_control_rate_of_105_percent_loses_half_a_point_per_point_over_100() {
        IndicatorScore s = scorer("department-common").score(common("在职人员控制率", "105%", "5"));
        assertThat(s.score()).isEqualByComparingTo("2.50");
        assertThat(s.rule()).isEqualTo("deduction-per-point");
        assertThat(zh(s.explanation())).contains("5 − 0.5 × 5 = 2.50");
        assertThat(en(s.explanation())).contains("5 − 0.5 × 5 = 2.50");
    }

    @Test
    void a_fall_in_the_three_public_expenses_scores_full_marks_and_a_rise_loses_0_8_a_point() {
        Scorer scorer = scorer("department-common");
        assertThat(scorer.score(common("“三公”经费变动率", "-3.2%", "8")).score()).isEqualByComparingTo("8.00");
        assertThat(scorer.score(common("“三公”经费变动率", "5%", "8")).score()).isEqualByComparingTo("4.00");
        assertThat(scorer.score(common("“三公”经费变动率", "25%", "8")).score()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_common_indicator_printed_without_a_weight_takes_the_weight_of_the_common_tree() {
        Indicator noWeight = common("在职人员控制率", "102%", null);
        ScoreSheet sheet = scorer("department-common").score(evaluation(funding("100", "100", "100", "10"), List.of(noWeight)));
        assertThat(sheet.indicators().get(0).weight()).isEqualByComparingTo("5");
        assertThat(sheet.indicators().get(0).score()).isEqualByComparingTo("4.00");
    }

    // ---- 7. checklist ---------------------------------------------------------------------------------------

    @Test
    void a_checklist_scores_its_points_per_item_up_to_its_weight() {
        Scheme fund = SchemeVariants.variant("department-common", "\"checklist\": {\"pointsPerItem\": null}",
                "\"checklist\": {\"pointsPerItem\": 2}");
        Scorer scorer = new Scorer(fund);
        Indicator rules = new Indicator("过程", "预算管理", "管理制度健全性", Target.parse("健全"), Actual.reported("2项"), d("5"), null, "", 0);
        assertThat(scorer.score(rules).score()).isEqualByComparingTo("4.00");
        assertThat(scorer.score(rules.withActual(Actual.reported("4项"))).score()).isEqualByComparingTo("5.00");
        assertThat(scorer.score(rules.withActual(Actual.reported("是"))).score()).isEqualByComparingTo("2.00");
        assertThat(zh(scorer.score(rules).explanation())).contains("2 项 × 2 分");
    }

    @Test
    void a_checklist_whose_points_per_item_are_unpublished_keeps_the_printed_score_and_says_so() {
        Indicator rules = new Indicator("过程", "预算管理", "管理制度健全性", Target.parse("健全"), Actual.reported("3项"), d("5"), d("4"), "", 0);
        IndicatorScore s = scorer("department-common").score(rules);
        assertThat(s.basis()).isEqualTo(Basis.KEPT_REPORTED);
        assertThat(s.score()).isEqualByComparingTo("4");
        assertThat(zh(s.explanation())).contains("未公布每项分值");
    }

    // ---- 1. rescale for not-applicable ----------------------------------------------------------------------

    /** Execution 10 of 10; a 10-point indicator not applicable; the other 80 points scoring 70. */
    private static SelfEvaluation oneNotApplicable() {
        Indicator na = new Indicator("产出指标", "数量指标", "培训人次", Target.parse("≥100人次"),
                Actual.notReported("不适用", "本年度未开展培训"), d("10"), null, "本年度未开展培训", 0);
        return evaluation(funding("100", "100", "100", "10"), List.of(
                output("建设里程", "≥", "100", "公里", "100", "30"),
                na,
                output("验收合格率", "≥", "100", "%", "50", "20"),
                benefit("受益人口", "≥", "10", "万人", "10", "20"),
                satisfaction("群众满意度", "≥", "90", "%", "95", "10")));
    }

    @Test
    void a_table_with_one_not_applicable_indicator_and_80_of_the_other_90_points_rescales_to_88_89() {
        ScoreSheet legacy = scorer("mof-legacy").score(oneNotApplicable());
        assertThat(legacy.total()).isEqualByComparingTo("88.89");
        assertThat(zh(legacy.totalExplanation())).contains("80.00 / 90 × 100 = 88.89");
        assertThat(scorer("national-2020").score(oneNotApplicable()).total()).isEqualByComparingTo("80.00");
    }

    @Test
    void a_table_where_every_indicator_applies_is_not_rescaled() {
        SelfEvaluation all = oneNotApplicable().withIndicators(oneNotApplicable().indicators().subList(2, 5));
        ScoreSheet legacy = scorer("mof-legacy").score(all);
        assertThat(legacy.total()).isEqualByComparingTo("50.00");
        assertThat(legacy.totalExplanation()).isNull();
    }

    // ---- reverse indicators: target ÷ actual (mof-legacy) against linear (national-2020) ---------------------

    @Test
    void a_missed_reverse_indicator_scores_target_over_actual_under_mof_legacy_and_linearly_under_national() {
        Indicator cost = output("单位成本", "≤", "10", "万元", "15", "10");
        assertThat(scorer("mof-legacy").score(cost).score()).isEqualByComparingTo("6.67");
        assertThat(scorer("national-2020").score(cost).score()).isEqualByComparingTo("5.00");
    }

    // ---- 2. execution by another weight and base ------------------------------------------------------------

    @Test
    void a_20_point_execution_row_scores_20_times_the_rate() {
        BudgetScore b = scorer("exec20").scoreBudget(funding("272.20", "247.14", "245.44", "20"));
        assertThat(b.score()).isEqualByComparingTo("19.86");
        assertThat(scorer("exec20").scoreBudget(funding("272.20", "247.14", "245.44", null)).weight()).isEqualByComparingTo("20");
    }

    @Test
    void execution_against_the_fiscal_total_with_carry_over_adds_the_carried_funds_to_the_base() {
        Scheme municipal = SchemeVariants.variant("exec20", "\"base\": \"annual\"", "\"base\": \"fiscal-with-carry-over\"");
        Funding f = new Funding(List.of(
                new FundingRow(FundingRow.Kind.TOTAL, "年度资金总额", d("120"), d("130"), d("117"), null, 0),
                new FundingRow(FundingRow.Kind.CURRENT_FISCAL, "当年财政拨款", d("100"), d("100"), d("90"), null, 0),
                new FundingRow(FundingRow.Kind.CARRIED_OVER, "上年结转资金", d("20"), d("20"), d("18"), null, 0),
                new FundingRow(FundingRow.Kind.OTHER, "其他资金", d("0"), d("10"), d("9"), null, 0)), d("20"), null, null, null, List.of(), null);
        BudgetScore b = new Scorer(municipal).scoreBudget(f);
        assertThat(b.annual()).isEqualByComparingTo("120");
        assertThat(b.executed()).isEqualByComparingTo("108");
        assertThat(b.score()).isEqualByComparingTo("18.00");
    }

    // ---- 4. scaled groups -----------------------------------------------------------------------------------

    @Test
    void output_60_and_benefit_40_are_scaled_into_the_80_points_left_by_a_20_point_execution() {
        SelfEvaluation e = evaluation(funding("100", "100", "90", "20"), List.of(
                output("建设里程", "≥", "100", "公里", "90", "60"),
                benefit("受益人口", "≥", "10", "万人", "10", "40")));
        ScoreSheet sheet = scorer("exec20").score(e);
        // 18 + (54 + 40) × 80 / 100 = 18 + 75.2
        assertThat(sheet.total()).isEqualByComparingTo("93.20");
        assertThat(zh(sheet.totalExplanation())).contains("18.00 + 指标得分 94.00 × 80 / 指标分值 100 = 93.20");
    }

    @Test
    void a_20_point_table_whose_indicators_already_weigh_80_is_summed_as_printed() {
        SelfEvaluation e = evaluation(funding("100", "100", "90", "20"), List.of(
                output("建设里程", "≥", "100", "公里", "90", "50"),
                benefit("受益人口", "≥", "10", "万人", "10", "30")));
        ScoreSheet sheet = scorer("exec20").score(e);
        assertThat(sheet.total()).isEqualByComparingTo("93.00");
        assertThat(sheet.totalExplanation()).isNull();
    }

    // ---- 5. nested percentages ------------------------------------------------------------------------------

    @Test
    void nested_percentages_weigh_each_first_level_score_out_of_100_by_its_first_level_weight() {
        Scheme nested = SchemeVariants.variant("national-2020", "\"rules\": [\"qualitative-tier\", \"unscorable\", \"zero-target\", \"reverse\", \"at-least\"]",
                "\"rules\": [\"qualitative-tier\", \"unscorable\", \"zero-target\", \"reverse\", \"at-least\", \"nested-percentages\"]",
                "\"id\": \"national-2020\"", "\"id\": \"nested\"");
        SelfEvaluation e = evaluation(funding("100", "100", "100", "10"), List.of(
                output("建设里程", "≥", "100", "公里", "80", "60"),
                output("验收合格率", "≥", "100", "%", "100", "40"),
                benefit("受益人口", "≥", "10", "万人", "10", "100"),
                satisfaction("群众满意度", "≥", "90", "%", "90", "100")));
        ScoreSheet sheet = new Scorer(nested).score(e);
        // 10 + 50 × 88 / 100 + 30 × 100 / 100 + 10 × 100 / 100 = 10 + 44 + 30 + 10
        assertThat(sheet.total()).isEqualByComparingTo("94.00");
        assertThat(zh(sheet.totalExplanation())).contains("50 × 88.00 / 100");
    }

    // ---- 8. weighted 折算 -----------------------------------------------------------------------------------

    @Test
    void each_indicator_scored_out_of_100_counts_its_score_times_its_weight_percent() {
        Scheme hebei2020 = SchemeVariants.variant("national-2020",
                "\"at-least\"]", "\"at-least\", \"weighted-conversion\"], \"weightedConversion\": {\"fullMarks\": 100}",
                "\"id\": \"national-2020\"", "\"id\": \"hebei-2020\"");
        IndicatorScore s = new Scorer(hebei2020).score(output("验收合格率", "≥", "100", "%", "80", "15"));
        assertThat(s.weight()).isEqualByComparingTo("15");
        assertThat(s.score()).isEqualByComparingTo("12.00");
        assertThat(zh(s.explanation())).contains("100 × 80 / 100 = 80.00").contains("80.00 × 15% = 12.00");
    }

    // ---- 3. free weights within a total ---------------------------------------------------------------------

    @Test
    void free_weights_are_held_only_to_their_total_and_the_grade_is_not_given_where_none_is_published() {
        Scheme sichuan = SCHEMES.get("sichuan-integrated-2023");
        SelfEvaluation e = evaluation(funding("100", "100", "100", "10"), List.of(
                output("建设里程", "≥", "100", "公里", "100", "60"),
                benefit("受益人口", "≥", "10", "万人", "10", "30")));
        ScoreSheet sheet = new Scorer(sichuan).score(e);
        assertThat(sheet.total()).isEqualByComparingTo("100.00");
        assertThat(sheet.grade()).isNull();
        assertThat(sheet.gradeBandsPublished()).isFalse();
        assertThat(sichuan.categoryWeights()).isEmpty();
        assertThat(sichuan.indicatorWeightTotal()).isEqualByComparingTo("90");
    }
}
