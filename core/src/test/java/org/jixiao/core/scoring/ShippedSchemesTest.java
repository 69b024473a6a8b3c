package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.benefit;
import static org.jixiao.core.scoring.Fixtures.evaluation;
import static org.jixiao.core.scoring.Fixtures.funding;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.satisfaction;

import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the shipped scheme files: each on a table built from the spec's figures, and each file naming its
 * source. The same table scored under each scheme shows what each one changes.
 */
class ShippedSchemesTest {
    private static final Schemes SCHEMES = Schemes.builtIn();

    /**
     * Execution 245.44 of 247.14 (9.93 of 10, 19.86 of 20); 产出 50 with a missed cost ceiling (15 against ≤ 10) and a
     * missed rate; 效益 30 met; 满意度 10 met.
     */
    private static SelfEvaluation table(String executionWeight) {
        return evaluation(funding("272.20", "247.14", "245.44", executionWeight), List.of(
                output("建设里程", "≥", "100", "公里", "100", "20"),
                output("单位成本", "≤", "10", "万元", "15", "15"),
                output("验收合格率", "≥", "25", "%", "13.95", "15"),
                benefit("受益人口", "≥", "10", "万人", "12", "30"),
                satisfaction("群众满意度", "≥", "90", "%", "95", "10")));
    }

    private static ScoreSheet score(String scheme, SelfEvaluation e) {
        return SCHEMES.scorer(SCHEMES.get(scheme)).score(e);
    }

    @Test
    void every_shipped_scheme_names_its_source() {
        for (Scheme s : SCHEMES.all()) {
            assertThat(s.source()).as(s.id()).isNotBlank();
        }
    }

    @Test
    void national_2020_scores_the_missed_ceiling_linearly() {
        // 9.93 + 20 + 15 × (20 − 15) / 10 = 7.50 + 15 × 13.95 / 25 = 8.37 + 30 + 10
        ScoreSheet s = score("national-2020", table("10"));
        assertThat(s.total()).isEqualByComparingTo("85.80");
        assertThat(s.grade()).isEqualTo("良");
    }

    @Test
    void mof_legacy_scores_the_missed_ceiling_as_target_over_actual() {
        // 15 × 10 / 15 = 10.00 instead of 7.50
        ScoreSheet s = score("mof-legacy", table("10"));
        assertThat(s.indicators().get(1).score()).isEqualByComparingTo("10.00");
        assertThat(s.total()).isEqualByComparingTo("88.30");
        assertThat(s.grade()).isEqualTo("良");
    }

    @Test
    void exec20_scores_execution_out_of_20_and_scales_the_printed_100_points_into_80() {
        // 19.86 + (20 + 7.50 + 8.37 + 30 + 10) × 80 / 90 — the printed 90 points are scaled into 80
        ScoreSheet s = score("exec20", table("20"));
        assertThat(s.budget().score()).isEqualByComparingTo("19.86");
        assertThat(s.total()).isEqualByComparingTo("87.30");
        assertThat(s.grade()).isEqualTo("良");
    }

    @Test
    void sichuan_integrated_2023_scores_as_national_but_gives_no_grade() {
        ScoreSheet s = score("sichuan-integrated-2023", table("10"));
        assertThat(s.total()).isEqualByComparingTo("85.80");
        assertThat(s.grade()).isNull();
        assertThat(s.gradeBandsPublished()).isFalse();
        assertThat(SCHEMES.get("sichuan-integrated-2023").budgetExecution().reasonBelowPct()).isEqualByComparingTo("90");
    }

    @Test
    void department_common_scores_its_common_indicators_by_deduction_beside_the_national_directions() {
        Indicator staff = new Indicator("投入", "预算配置", "在职人员控制率", Target.parse("≤100%"), Actual.reported("105%"),
                Fixtures.d("5"), null, "", 0);
        Indicator expenses = new Indicator("投入", "预算配置", "“三公”经费变动率", Target.parse("≤0%"), Actual.reported("2%"),
                Fixtures.d("8"), null, "", 0);
        SelfEvaluation e = evaluation(funding("100", "100", "96.63", "10"), List.of(staff, expenses,
                output("高标准农田建设面积", "≥", "1.2", "万亩", "1.25", "37"),
                benefit("农业社会化服务覆盖率", "≥", "60", "%", "63", "30"),
                satisfaction("农户满意度", "≥", "90", "%", "93", "10")));
        ScoreSheet s = score("department-common", e);
        // 9.66 + 2.50 + (8 − 0.8 × 2 = 6.40) + 37 + 30 + 10
        assertThat(s.total()).isEqualByComparingTo("95.56");
        assertThat(s.grade()).isEqualTo("优");
        assertThat(SCHEMES.forLayout("department").id()).isEqualTo("department-common");
    }
}
