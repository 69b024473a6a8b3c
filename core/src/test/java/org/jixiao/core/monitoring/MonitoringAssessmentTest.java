package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.Target;
import org.junit.jupiter.api.Test;

class MonitoringAssessmentTest {
    private static final MonitoringRules NATIONAL = MonitoringRules.national();

    private static MonitoringReport report(List<IndicatorEntry> entries, String executed, String causes, String measures) {
        return new MonitoringReport(null, 2023, 7, new BigDecimal("100"), new BigDecimal(executed), new BigDecimal("100"),
                causes.isEmpty() ? Set.of() : Set.of(DeviationCause.FUNDING), causes, measures, entries);
    }

    private static IndicatorEntry behind(String causes, String measures) {
        return new IndicatorEntry("产出指标", "数量指标", "培训次数", Target.of("≥", "8", "次"), new BigDecimal("2"), new BigDecimal("8"),
                Likelihood.POSSIBLE, causes.isEmpty() ? Set.of() : Set.of(DeviationCause.STAFF), causes, measures);
    }

    private static IndicatorEntry onPlan() {
        return new IndicatorEntry("产出指标", "质量指标", "考试合格率", Target.of("≥", "90", "%"), new BigDecimal("92"), new BigDecimal("92"),
                Likelihood.CERTAIN, Set.of(), "", "");
    }

    @Test
    void a_red_indicator_without_a_cause_and_a_measure_blocks_submission() {
        MonitoringAssessment a = MonitoringAssessment.of(report(List.of(behind("", ""), onPlan()), "60", "", ""), NATIONAL);
        assertThat(a.project()).isEqualTo(Light.RED);
        assertThat(a.findings()).extracting(Finding::key).containsExactly("MONITORING_CAUSE_MISSING.indicator");
        assertThat(a.findings().get(0).message(Locale.CHINESE)).contains("培训次数", "红灯");
        assertThat(a.findings().get(0).message(Locale.ENGLISH)).contains("is red");
        assertThat(a.maySubmit()).isFalse();
    }

    @Test
    void given_a_cause_and_a_measure_the_red_report_may_be_submitted_and_stays_red() {
        MonitoringAssessment a = MonitoringAssessment.of(report(List.of(behind("师资到位晚", "下半年加密培训"), onPlan()), "60", "", ""), NATIONAL);
        assertThat(a.findings()).isEmpty();
        assertThat(a.maySubmit()).isTrue();
        assertThat(a.project()).isEqualTo(Light.RED);
        assertThat(a.indicators()).extracting(Progress::light).containsExactly(Light.RED, Light.GREEN);
    }

    @Test
    void a_budget_behind_needs_its_cause_too_and_an_expected_overrun_is_warned_of() {
        MonitoringReport r = new MonitoringReport(null, 2023, 7, new BigDecimal("100"), new BigDecimal("20"), new BigDecimal("120"),
                Set.of(), "", "", List.of(onPlan()));
        assertThat(MonitoringAssessment.of(r, NATIONAL).findings()).extracting(Finding::key)
                .containsExactly("MONITORING_CAUSE_MISSING.budget", "MONITORING_BUDGET_OVERRUN");
    }

    @Test
    void an_expected_value_short_of_the_target_contradicts_a_certain_likelihood() {
        IndicatorEntry e = new IndicatorEntry("产出指标", "质量指标", "考试合格率", Target.of("≥", "90", "%"), new BigDecimal("85"), new BigDecimal("85"),
                Likelihood.CERTAIN, Set.of(), "", "");
        assertThat(MonitoringAssessment.of(report(List.of(e), "60", "", ""), NATIONAL).findings()).extracting(Finding::key)
                .containsExactly("MONITORING_EXPECTED_BELOW_TARGET");
    }

    @Test
    void an_indicator_not_filled_is_an_error() {
        IndicatorEntry e = new IndicatorEntry("产出指标", "数量指标", "培训次数", Target.of("≥", "8", "次"), null, null, null, Set.of(), "", "");
        assertThat(MonitoringAssessment.of(report(List.of(e), "60", "", ""), NATIONAL).findings()).extracting(Finding::key)
                .containsExactly("MONITORING_NOT_FILLED.indicator");
    }

    @Test
    void a_round_makes_each_projects_report_from_its_latest_approved_goals_with_nothing_reported_yet() {
        org.jixiao.core.declaration.Declaration d = new org.jixiao.core.declaration.Declaration(
                new org.jixiao.core.declaration.DeclarationHeader("继续教育", null, "厅", "中心", 2023, null, null, null, null, "", ""),
                new org.jixiao.core.declaration.DeclaredFunding(new BigDecimal("100"), null, null), null, null,
                List.of(new org.jixiao.core.declaration.DeclaredIndicator(0, "产出指标", "数量指标", "培训次数",
                        Target.of("≥", "8", "次"), null, "", "")));
        MonitoringReport r = MonitoringReport.from(org.jixiao.core.declaration.DeclarationVersion.first(d), 7);

        assertThat(r.month()).isEqualTo(7);
        assertThat(r.annualBudget()).isEqualByComparingTo("100");
        assertThat(r.indicators()).singleElement().satisfies(e -> {
            assertThat(e.level2()).isEqualTo("数量指标");
            assertThat(e.target().value()).isEqualByComparingTo("8");
            assertThat(e.toDate()).isNull();
        });
        assertThat(MonitoringAssessment.of(r, NATIONAL).findings()).extracting(Finding::key)
                .containsExactly("MONITORING_NOT_FILLED.budget", "MONITORING_NOT_FILLED.indicator");
    }

    @Test
    void every_rule_set_jixiao_carries_loads_and_two_of_them_light_the_same_budget_differently() {
        assertThat(MonitoringRules.builtInIds()).contains("national", "cutoffs-7-9")
                .allSatisfy(id -> assertThat(MonitoringRules.builtIn(id).id()).isEqualTo(id));
        // 45 of 100 by July: 45 % ÷ 7/12 = 77.1 % → yellow by ratio; at or above July's 40 % cut-off → green
        MonitoringReport r = report(List.of(onPlan()), "45", "", "");
        assertThat(MonitoringAssessment.of(r, NATIONAL).budget().light()).isEqualTo(Light.YELLOW);
        assertThat(MonitoringAssessment.of(r, MonitoringRules.builtIn("cutoffs-7-9")).budget().light())
                .isEqualTo(Light.GREEN);
    }

    @Test
    void a_red_light_or_an_impossible_target_proposes_a_rectification_and_a_green_report_does_not() {
        MonitoringReport red = report(List.of(behind("资金下达较晚", "集中开班"), onPlan()), "60", "", "");
        assertThat(MonitoringAssessment.of(red, NATIONAL).proposesRectification(red)).isTrue();
        MonitoringReport green = report(List.of(onPlan()), "60", "", "");
        assertThat(MonitoringAssessment.of(green, NATIONAL).proposesRectification(green)).isFalse();
        IndicatorEntry hopeless = new IndicatorEntry("产出指标", "质量指标", "考试合格率", Target.of("≥", "90", "%"),
                new BigDecimal("92"), new BigDecimal("92"), Likelihood.IMPOSSIBLE, Set.of(DeviationCause.OTHER), "考点取消",
                "申请调整");
        MonitoringReport impossible = report(List.of(hopeless), "60", "", "");
        assertThat(MonitoringAssessment.of(impossible, NATIONAL).project()).isNotEqualTo(Light.RED);
        assertThat(MonitoringAssessment.of(impossible, NATIONAL).proposesRectification(impossible)).isTrue();
    }
}
