package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.benefit;
import static org.jixiao.core.scoring.Fixtures.evaluation;
import static org.jixiao.core.scoring.Fixtures.funding;
import static org.jixiao.core.scoring.Fixtures.output;
import static org.jixiao.core.scoring.Fixtures.satisfaction;

import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.compare.ComparisonSummary;
import org.jixiao.core.scoring.compare.SchemeComparison;
import org.junit.jupiter.api.Test;

/** What-if re-scoring: one table under several schemes, the rows that differ, and the sum over many tables. */
class SchemeComparisonTest {
    private static final Schemes SCHEMES = Schemes.builtIn();
    private static final List<Scheme> NATIONAL_AND_LEGACY = List.of(SCHEMES.get("national-2020"), SCHEMES.get("mof-legacy"));

    private static SelfEvaluation withCost(String actual) {
        return withCost(actual, "10");
    }

    private static SelfEvaluation withCost(String actual, String beneficiaries) {
        return evaluation(funding("100", "100", "100", "10"), List.of(
                output("建设里程", "≥", "100", "公里", "100", "40"),
                output("单位成本", "≤", "10", "万元", actual, "10"),
                benefit("受益人口", "≥", "10", "万人", beneficiaries, "30"),
                satisfaction("群众满意度", "≥", "90", "%", "95", "10")));
    }

    @Test
    void a_missed_reverse_indicator_is_the_one_row_the_two_schemes_score_differently() {
        SchemeComparison c = SchemeComparison.of(withCost("15"), NATIONAL_AND_LEGACY, SCHEMES);
        assertThat(c.results()).extracting(r -> r.total().toPlainString()).containsExactly("95.00", "96.67");
        assertThat(c.results()).extracting(SchemeComparison.Result::grade).containsExactly("优", "优");
        assertThat(c.differences()).singleElement().satisfies(d -> {
            assertThat(d.indicator()).isEqualTo("单位成本");
            assertThat(d.scores()).extracting(s -> s.scheme() + " " + s.score().toPlainString())
                    .containsExactly("national-2020 5.00", "mof-legacy 6.67");
            assertThat(d.scores().get(0).explanation().render(Fixtures.ZH)).isEqualTo("10 × max(0, 1 − (15 − 10) / 10) = 5.00");
            assertThat(d.scores().get(1).explanation().render(Fixtures.ZH)).isEqualTo("10 × 10 / 15 = 6.67");
        });
        assertThat(c.totalsDiffer()).isTrue();
    }

    @Test
    void a_met_reverse_indicator_scores_the_same_under_both() {
        SchemeComparison c = SchemeComparison.of(withCost("8"), NATIONAL_AND_LEGACY, SCHEMES);
        assertThat(c.differences()).isEmpty();
        assertThat(c.totalsDiffer()).isFalse();
    }

    @Test
    void the_summary_gives_the_mean_totals_the_mean_shift_and_the_grades_that_would_change() {
        ComparisonSummary s = new ComparisonSummary(List.of("national-2020", "mof-legacy"));
        s.add(SchemeComparison.of(withCost("15"), NATIONAL_AND_LEGACY, SCHEMES));
        s.add(SchemeComparison.of(withCost("8"), NATIONAL_AND_LEGACY, SCHEMES));
        // a cost of 19 against ≤ 10 and 9.5 of 10 万人 (28.50): national 1.00 → 89.50 (良); legacy 10 × 10 / 19 = 5.26 → 93.76 (优)
        s.add(SchemeComparison.of(withCost("19", "9.5"), NATIONAL_AND_LEGACY, SCHEMES));
        assertThat(s.tables()).isEqualTo(3);
        assertThat(s.meanTotal(0)).isEqualByComparingTo("94.83");
        assertThat(s.meanTotal(1)).isEqualByComparingTo("96.81");
        assertThat(s.meanShift(1)).isEqualByComparingTo("1.98");
        assertThat(s.gradeChanges(1)).isEqualTo(1);
        assertThat(s.grades(0)).containsEntry("优", 2).containsEntry("良", 1);
    }
}
