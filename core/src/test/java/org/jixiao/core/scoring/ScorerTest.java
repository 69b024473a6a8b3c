package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.SUZHOU;
import static org.jixiao.core.scoring.Fixtures.benefit;
import static org.jixiao.core.scoring.Fixtures.evaluation;
import static org.jixiao.core.scoring.Fixtures.funding;
import static org.jixiao.core.scoring.Fixtures.notReported;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.row;
import static org.jixiao.core.scoring.Fixtures.satisfaction;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

/** A whole self-evaluation scored: the Yunnan and Suzhou seeds as printed, and totals that are never capped. */
class ScorerTest {
    private static final String NR = "该指标是根据年初预算填写，和财政资金批复下达文件考核指标不一致，故数据为空。";

    static SelfEvaluation yunnanTable13() {
        return evaluation(funding("272.20", "247.14", "245.44", "10.00"), List.of(
                row("产出指标", "数量指标", "计算机技术与软件专业资格考试考点数量", ">=", "8", "个", "18", "20.00", "20.00"),
                row("产出指标", "质量指标", "计算机技术与软件专业资格考试实考率", ">=", "55", "%", "64.9", "15.00", "15.00"),
                row("产出指标", "质量指标", "计算机技术与软件专业资格考试合格率", ">=", "25", "%", "13.95", "15.00", "8.37"),
                row("效益指标", "社会效益", "云南软考网站年浏览量", ">=", "150000", "次", "253405", "30.00", "30.00"),
                row("满意度指标", "服务对象满意度", "计算机技术与软件专业资格考试咨询服务渠道", ">=", "3", "个", "4", "10.00", "10.00")));
    }

    static SelfEvaluation yunnanTable14() {
        return evaluation(funding(null, "340.00", "327.89", "10.00"), List.of(
                notReported("产出指标", "数量指标", "承载业务系统数量", ">=", "10", "个", NR),
                row("产出指标", "数量指标", "完成运维应用系统数量", "=", "10", "个", "10", "10.00", "10.00"),
                notReported("产出指标", "质量指标", "平均修复时间(MTTR)", "<=", "60", "分钟", NR),
                notReported("产出指标", "质量指标", "平均无故障时间(MTBF)", ">=", "90", "天", NR),
                notReported("产出指标", "质量指标", "对承载业务的服务响应率", ">=", "95", "%", NR),
                row("产出指标", "质量指标", "项目责任及日常监管直接责任按项目落实到位率", "=", "100", "%", "100", "10.00", "10.00"),
                notReported("产出指标", "时效指标", "对承载业务的服务响应时间", "<=", "10", "分钟", NR),
                row("产出指标", "时效指标", "年度建设目标完成率", ">=", "80", "%", "80", "10.00", "10.00"),
                row("产出指标", "时效指标", "年度省级财政补助资金完成率", "=", "100", "%", "96.44", "10.00", "9.64"),
                row("产出指标", "时效指标", "年度省级财政补助资金支付率", "=", "100", "%", "100", "5.00", "5.00"),
                row("产出指标", "时效指标", "超规模、超标准、超预算", "=", "0", "个", "0", "5.00", "5.00"),
                row("效益指标", "社会效益", "承载业务系统正常运行时间比率", ">=", "90", "%", "100", "30.00", "30.00"),
                notReported("满意度指标", "服务对象满意度", "业务系统托管单位满意度", ">=", "90", "%", NR),
                row("满意度指标", "服务对象满意度", "审计、督查、巡视等指出问题数", "=", "0", "个", "0", "5.00", "5.00"),
                row("满意度指标", "服务对象满意度", "受益对象满意度", ">=", "90", "%", "100", "5.00", "5.00")));
    }

    @Test
    void the_yunnan_table_13_totals_93_30_and_grades_excellent() {
        ScoreSheet sheet = new Scorer(NATIONAL).score(yunnanTable13());
        assertThat(sheet.schemeId()).isEqualTo("national-2020");
        assertThat(sheet.schemeVersion()).isEqualTo(NATIONAL.version());
        assertThat(sheet.budget().score()).isEqualByComparingTo("9.93");
        assertThat(sheet.indicatorWeightSum()).isEqualByComparingTo("90");
        assertThat(sheet.indicatorScoreSum()).isEqualByComparingTo("83.37");
        assertThat(sheet.total()).isEqualByComparingTo("93.30");
        assertThat(sheet.total().scale()).isEqualTo(2);
        assertThat(sheet.maxTotal()).isEqualByComparingTo("100");
        assertThat(sheet.grade()).isEqualTo("优");
        assertThat(sheet.gradeBandsPublished()).isTrue();
        assertThat(sheet.indicators()).noneMatch(IndicatorScore::differsFromReported);
    }

    @Test
    void rows_not_reported_leave_the_remaining_weights_summing_to_90() {
        ScoreSheet sheet = new Scorer(NATIONAL).score(yunnanTable14());
        assertThat(sheet.indicators()).hasSize(15);
        assertThat(sheet.indicators().stream().filter(s -> !s.counts())).hasSize(6);
        assertThat(sheet.indicatorWeightSum()).isEqualByComparingTo("90");
        assertThat(sheet.indicatorScoreSum()).isEqualByComparingTo("89.64");
        assertThat(sheet.budget().score()).isEqualByComparingTo("9.64");
        assertThat(sheet.total()).isEqualByComparingTo("99.28");
        assertThat(sheet.grade()).isEqualTo("优");
        assertThat(sheet.indicators()).noneMatch(IndicatorScore::differsFromReported);
    }

    @Test
    void the_suzhou_table_totals_its_80_points_without_a_budget_score_or_a_grade() {
        ScoreSheet sheet = new Scorer(SUZHOU).score(evaluation(null, SuzhouSeed.indicators(true)));
        assertThat(sheet.budget()).isNull();
        assertThat(sheet.indicatorWeightSum()).isEqualByComparingTo("80");
        assertThat(sheet.total()).isEqualByComparingTo("80.00");
        assertThat(sheet.maxTotal()).isEqualByComparingTo("80");
        assertThat(sheet.grade()).isNull();
        assertThat(sheet.indicators()).allMatch(IndicatorScore::isRecomputed);
    }

    @Test
    void a_total_past_the_full_mark_is_not_capped() {
        // weights summing to 110: the total is 120, and that is a finding for the checks, not something to hide
        List<Indicator> indicators = List.of(
                output("数量", ">=", "1", "个", "1", "60"),
                benefit("效益", ">=", "1", "个", "1", "30"),
                satisfaction("满意度", ">=", "90", "%", "95", "20"));
        ScoreSheet sheet = new Scorer(NATIONAL).score(evaluation(funding("100", "100", "100", "10"), indicators));
        assertThat(sheet.indicatorWeightSum()).isEqualByComparingTo("110");
        assertThat(sheet.total()).isEqualByComparingTo("120.00");
        assertThat(sheet.grade()).isEqualTo("优");
    }

    @Test
    void the_kept_scores_count_in_the_total() {
        List<Indicator> indicators = List.of(
                row("产出指标", "质量指标", "咨询评估报告完整性", "定性", "完整", "", "完整", "45", "40"),
                row("效益指标", "社会效益", "浏览量", ">=", "100", "次", "50", "45", null));
        ScoreSheet sheet = new Scorer(NATIONAL).score(evaluation(funding("100", "100", "50", "10"), indicators));
        assertThat(sheet.indicatorScoreSum()).isEqualByComparingTo("62.50");
        assertThat(sheet.total()).isEqualByComparingTo("67.50");
        assertThat(sheet.grade()).isEqualTo("中");
    }

    @Test
    void a_row_with_a_printed_score_but_no_weight_counts_its_score_and_leaves_the_weight_sum_unknown() {
        List<Indicator> indicators = List.of(
                row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "18", "80", "80"),
                row("满意度指标", "服务对象满意度", "咨询服务渠道", ">=", "3", "个", "4", null, "10"));
        ScoreSheet sheet = new Scorer(NATIONAL).score(evaluation(funding("100", "100", "100", "10"), indicators));

        assertThat(sheet.indicatorScoreSum()).isEqualByComparingTo("90.00");
        assertThat(sheet.indicatorWeightSum()).isEqualByComparingTo("80");
        assertThat(sheet.weightsKnown()).isFalse();
        assertThat(new Scorer(NATIONAL).score(yunnanTable13()).weightsKnown()).isTrue();
    }

    @Test
    void schemes_hand_out_one_cached_scorer_each() {
        Schemes schemes = Schemes.builtIn();
        assertThat(schemes.scorer(NATIONAL)).isSameAs(schemes.scorer(NATIONAL));
        assertThat(schemes.scorer(NATIONAL).scheme()).isSameAs(NATIONAL);
    }
}
