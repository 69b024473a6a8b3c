package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import org.jixiao.core.evaluation.Target;
import org.junit.jupiter.api.Test;

class LightRulesTest {
    private final LightRules lights = new LightRules(MonitoringRules.national());
    private static final Elapsed JULY = Elapsed.of(2023, 7, MonitoringRules.ElapsedBy.MONTHS);

    private static IndicatorEntry entry(String name, String op, String target, String unit, String toDate) {
        return new IndicatorEntry("产出指标", "数量指标", name, Target.of(op, target, unit), toDate == null ? null : new BigDecimal(toDate), null,
                null, Set.of(), "", "");
    }

    private Progress july(String name, String op, String target, String unit, String toDate) {
        return lights.indicator(entry(name, op, target, unit, toDate), JULY);
    }

    @Test
    void two_of_a_cumulative_target_of_eight_in_july_is_red_with_its_sum() {
        Progress p = july("培训次数", "≥", "8", "次", "2");
        assertThat(p.light()).isEqualTo(Light.RED);
        assertThat(p.shownPct()).isEqualByComparingTo("42.86");
        assertThat(p.explanation().render(Locale.CHINESE)).isEqualTo("2 ÷ (8 × 7/12) = 42.9 % → 红");
        assertThat(p.explanation().render(Locale.ENGLISH)).isEqualTo("2 ÷ (8 × 7/12) = 42.9 % → red");
    }

    @Test
    void the_band_edges_60_80_and_120_belong_to_the_better_light() {
        // 8 × 7/12 = 14/3 planned by July: 2.8 of it is 60 %, 3.7333… short of 80 %
        assertThat(july("次数", "≥", "12", "次", "4.2").light()).isEqualTo(Light.YELLOW); // 4.2 / 7 = 60 %
        assertThat(july("次数", "≥", "12", "次", "4.19").light()).isEqualTo(Light.RED);
        assertThat(july("次数", "≥", "12", "次", "5.6").light()).isEqualTo(Light.GREEN); // 80 %
        assertThat(july("次数", "≥", "12", "次", "5.59").light()).isEqualTo(Light.YELLOW);
        assertThat(july("次数", "≥", "12", "次", "8.4").light()).isEqualTo(Light.BLUE); // 120 %
        assertThat(july("次数", "≥", "12", "次", "8.39").light()).isEqualTo(Light.GREEN);
    }

    @Test
    void a_level_indicator_in_percent_is_not_pro_rated() {
        Progress p = july("考试合格率", "≥", "90", "%", "72");
        assertThat(p.shownPct()).isEqualByComparingTo("80.00");
        assertThat(p.light()).isEqualTo(Light.GREEN);
        assertThat(p.explanation().render(Locale.CHINESE)).isEqualTo("72 ÷ 90 = 80.0 % → 绿");
        assertThat(july("服务对象满意度", "≥", "95", "分", "50").light()).isEqualTo(Light.RED); // a 度 by its name
    }

    @Test
    void an_at_most_target_is_on_plan_while_within_it_and_never_blue() {
        Progress within = july("人均成本", "≤", "1200", "元", "100");
        assertThat(within.light()).isEqualTo(Light.GREEN);
        assertThat(within.shownPct()).isEqualByComparingTo("100.00");
        Progress over = july("累计支出", "≤", "1200", "元", "1000"); // planned 700
        assertThat(over.shownPct()).isEqualByComparingTo("70.00");
        assertThat(over.light()).isEqualTo(Light.YELLOW);
        assertThat(over.explanation().render(Locale.CHINESE)).isEqualTo("(1200 × 7/12) ÷ 1000 = 70.0 % → 黄");
        assertThat(july("投诉率", "≤", "5", "%", "4").light()).isEqualTo(Light.GREEN);
    }

    @Test
    void in_december_the_whole_target_is_due() {
        Elapsed december = Elapsed.of(2023, 12, MonitoringRules.ElapsedBy.MONTHS);
        assertThat(lights.indicator(entry("培训次数", "≥", "8", "次", "8"), december).shownPct()).isEqualByComparingTo("100.00");
        assertThat(lights.indicator(entry("培训次数", "≥", "8", "次", "6"), december).light()).isEqualTo(Light.YELLOW);
    }

    @Test
    void a_qualitative_indicator_takes_the_light_of_its_likelihood() {
        IndicatorEntry e = new IndicatorEntry("产出指标", "质量指标", "制度建设", Target.parse("建立健全管理制度"), null, null, Likelihood.POSSIBLE,
                Set.of(), "", "");
        Progress p = lights.indicator(e, JULY);
        assertThat(p.light()).isEqualTo(Light.YELLOW);
        assertThat(p.progressPct()).isNull();
        assertThat(p.explanation().render(Locale.CHINESE)).isEqualTo("定性指标，完成可能性“有可能” → 黄");
    }

    @Test
    void an_indicator_not_filled_has_no_light() {
        assertThat(july("培训次数", "≥", "8", "次", null)).isNull();
    }

    @Test
    void the_budget_light_compares_the_execution_rate_with_the_time_gone() {
        Progress p = lights.budget(new BigDecimal("35"), new BigDecimal("100"), JULY, 7);
        assertThat(p.shownPct()).isEqualByComparingTo("60.00");
        assertThat(p.light()).isEqualTo(Light.YELLOW);
        assertThat(p.explanation().render(Locale.CHINESE)).isEqualTo("执行率 35.0 % ÷ 时间进度 7/12 = 60.0 % → 黄");
    }

    @Test
    void a_region_with_fixed_cut_offs_judges_the_budget_by_them() {
        LightRules cutoffs = new LightRules(MonitoringRules.builtIn("cutoffs-7-9"));
        assertThat(cutoffs.budget(new BigDecimal("39"), new BigDecimal("100"), JULY, 7).light()).isEqualTo(Light.RED);
        Elapsed sept = Elapsed.of(2023, 9, MonitoringRules.ElapsedBy.MONTHS);
        assertThat(cutoffs.budget(new BigDecimal("55"), new BigDecimal("100"), sept, 9).light()).isEqualTo(Light.RED);
        assertThat(cutoffs.budget(new BigDecimal("60"), new BigDecimal("100"), sept, 9).light()).isEqualTo(Light.GREEN);
        Elapsed june = Elapsed.of(2023, 6, MonitoringRules.ElapsedBy.MONTHS);
        assertThat(cutoffs.budget(new BigDecimal("10"), new BigDecimal("100"), june, 6).explanation().render(Locale.ENGLISH))
                .isEqualTo("execution rate 10.0 %, no cut-off is due in month 6 yet → green");
    }

    @Test
    void the_elapsed_share_may_be_counted_in_days() {
        assertThat(Elapsed.of(2024, 7, MonitoringRules.ElapsedBy.DAYS).toString()).isEqualTo("213/366");
        assertThat(Elapsed.of(2023, 7, MonitoringRules.ElapsedBy.DAYS).toString()).isEqualTo("212/365");
    }
}
