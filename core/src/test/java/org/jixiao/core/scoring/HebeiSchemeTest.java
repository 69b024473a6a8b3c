package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.benefit;
import static org.jixiao.core.scoring.Fixtures.evaluation;
import static org.jixiao.core.scoring.Fixtures.funding;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.row;
import static org.jixiao.core.scoring.Fixtures.satisfaction;
import static org.jixiao.core.scoring.Fixtures.zh;

import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

/**
 * A third scheme added by writing a file and no Java: Hebei 2019 scores in whole points, scores a missed ceiling as
 * w × A / B, grades by the vendor bands 80 / 70 / 60 and calls an over-achievement at 1.3.
 */
class HebeiSchemeTest {
    private final Schemes schemes = Schemes.withFiles(List.of(Fixtures.hebeiFile()));
    private final Scheme hebei = schemes.get("hebei-2019");

    @Test
    void the_file_adds_a_third_scheme_next_to_the_built_in_ones() {
        assertThat(schemes.all()).extracting(Scheme::id).containsExactly("national-2020", "suzhou-2023", "mof-legacy", "exec20",
                "sichuan-integrated-2023", "department-common", "hebei-2019");
        assertThat(schemes.forLayout("hebei")).isSameAs(hebei);
        assertThat(schemes.defaultScheme().id()).isEqualTo("national-2020");
        assertThat(hebei.scale()).isZero();
        assertThat(hebei.reverseFormula()).isEqualTo(Scheme.ReverseFormula.TARGET_OVER_ACTUAL);
        assertThat(hebei.overAchievementRatio()).isEqualByComparingTo("1.3");
        assertThat(hebei.gradeBands()).extracting(Scheme.GradeBand::grade).containsExactly("优", "良", "中", "差");
        assertThat(hebei.displayName("en")).contains("whole points");
    }

    @Test
    void whole_points_round_every_figure_to_an_integer() {
        Scorer scorer = schemes.scorer(hebei);
        IndicatorScore s = scorer.score(row("产出指标", "质量指标", "合格率", ">=", "25", "%", "13.95", "15", null));
        assertThat(s.score()).isEqualByComparingTo("8");
        assertThat(s.score().scale()).isZero();
        assertThat(zh(s.explanation())).isEqualTo("15 × 13.95 / 25 = 8");
        assertThat(scorer.scoreBudget(funding("272.20", "247.14", "245.44", "10")).score()).isEqualByComparingTo("10");
    }

    @Test
    void a_missed_ceiling_scores_target_over_actual() {
        IndicatorScore s = schemes.scorer(hebei).score(output("响应时间", "<=", "10", "分钟", "15", "10"));
        assertThat(s.explanation().formula()).isEqualTo(Formula.REVERSE_RATIO);
        assertThat(s.score()).isEqualByComparingTo("7"); // 6.67 → 7
    }

    @Test
    void the_same_table_scores_and_grades_differently_from_national_2020() {
        SelfEvaluation table = evaluation(funding("500", "480", "400", "10"), List.of(
                output("培训人次", ">=", "1000", "人次", "850", "25"),
                output("合格率", ">=", "90", "%", "81", "15"),
                output("平均响应时间", "<=", "30", "分钟", "45", "10"),
                benefit("群众知晓率", ">=", "80", "%", "72", "30"),
                satisfaction("服务对象满意度", ">=", "90", "%", "85", "10")));

        ScoreSheet national = new Scorer(NATIONAL).score(table);
        ScoreSheet hebeiSheet = schemes.scorer(hebei).score(table);

        // national: 8.33 + 21.25 + 13.50 + 5.00 + 27.00 + 9.44 = 84.52 → 良
        assertThat(national.budget().score()).isEqualByComparingTo("8.33");
        assertThat(national.indicators()).extracting(IndicatorScore::score).map(java.math.BigDecimal::toPlainString)
                .containsExactly("21.25", "13.50", "5.00", "27.00", "9.44");
        assertThat(national.total()).isEqualByComparingTo("84.52");
        assertThat(national.grade()).isEqualTo("良");
        // hebei: 8 + 21 + 14 + 7 + 27 + 9 = 86 → 优 (bands 80 / 70 / 60)
        assertThat(hebeiSheet.budget().score()).isEqualByComparingTo("8");
        assertThat(hebeiSheet.indicators()).extracting(IndicatorScore::score).map(java.math.BigDecimal::toPlainString)
                .containsExactly("21", "14", "7", "27", "9");
        assertThat(hebeiSheet.total()).isEqualByComparingTo("86");
        assertThat(hebeiSheet.grade()).isEqualTo("优");
        assertThat(hebeiSheet.schemeId()).isEqualTo("hebei-2019");
        assertThat(hebeiSheet.schemeVersion()).isEqualTo("2019.1");
    }
}
