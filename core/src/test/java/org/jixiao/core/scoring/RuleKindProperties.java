package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;

/** What holds for the rule kinds of schemes-more.md on every table, not only on the spec's examples. */
class RuleKindProperties {
    private static final Schemes SCHEMES = Schemes.builtIn();
    private static final Scorer LEGACY = SCHEMES.scorer(SCHEMES.get("mof-legacy"));
    private static final Scorer DEPARTMENT = SCHEMES.scorer(SCHEMES.get("department-common"));
    private static final Scorer EXEC20 = SCHEMES.scorer(SCHEMES.get("exec20"));

    @Property
    void a_rescaled_total_stays_between_0_and_100(@ForAll("tablesWithNotApplicableRows") SelfEvaluation e) {
        // only a table with a row left out is rescaled; one where every row counts is summed, never capped
        Assume.that(e.indicators().stream().anyMatch(i -> !i.actual().isReported()));
        ScoreSheet sheet = LEGACY.score(e);
        assertThat(sheet.totalExplanation()).isNotNull();
        assertThat(sheet.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    @Property
    void a_scaled_total_never_passes_full_marks(@ForAll("tablesWithNotApplicableRows") SelfEvaluation e) {
        assertThat(EXEC20.score(e).total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    @Property
    void a_deduction_score_is_never_below_0_nor_above_its_weight(
            @ForAll("commonNames") String name,
            @ForAll @BigRange(min = "-100", max = "400") BigDecimal actualPct,
            @ForAll @BigRange(min = "0.5", max = "20") BigDecimal weight) {
        BigDecimal w = weight.setScale(1, java.math.RoundingMode.HALF_UP);
        BigDecimal b = actualPct.setScale(2, java.math.RoundingMode.HALF_UP);
        Indicator i = new Indicator("投入", "预算配置", name, Target.parse("≤100%"), Actual.reported(b.toPlainString() + "%"), w, null, "", 0);
        IndicatorScore s = DEPARTMENT.score(i);
        assertThat(s.rule()).isEqualTo("deduction-per-point");
        assertThat(s.score()).isBetween(BigDecimal.ZERO, w);
    }

    @Property
    void a_higher_rate_over_the_threshold_never_scores_more(
            @ForAll @BigRange(min = "0", max = "300") BigDecimal a,
            @ForAll @BigRange(min = "0", max = "300") BigDecimal b) {
        BigDecimal low = a.min(b).setScale(1, java.math.RoundingMode.DOWN);
        BigDecimal high = a.max(b).setScale(1, java.math.RoundingMode.DOWN);
        Indicator i = new Indicator("投入", "预算配置", "在职人员控制率", Target.parse("≤100%"), Actual.reported(low + "%"), BigDecimal.valueOf(5), null, "", 0);
        BigDecimal lowScore = DEPARTMENT.score(i).score();
        BigDecimal highScore = DEPARTMENT.score(i.withActual(Actual.reported(high + "%"))).score();
        assertThat(highScore).isLessThanOrEqualTo(lowScore);
    }

    @Provide
    Arbitrary<String> commonNames() {
        return Arbitraries.of("在职人员控制率", "“三公”经费变动率", "三公经费变动率（%）");
    }

    /** Execution 10 and indicators of weights 1–40, some not applicable, actuals from 0 to twice the target. */
    @Provide
    Arbitrary<SelfEvaluation> tablesWithNotApplicableRows() {
        Arbitrary<Indicator> row = Combinators.combine(
                Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, 200),
                Arbitraries.of(true, false, false, false),
                Arbitraries.of("≥", "≤")).as((weight, actualPct, notApplicable, op) -> notApplicable
                ? new Indicator("产出指标", "数量指标", "不适用指标", Target.of(op, "100", "%"), Actual.notReported("不适用", "未开展"),
                        BigDecimal.valueOf(weight), null, "未开展", 0)
                : Fixtures.row("产出指标", "数量指标", "指标", op, "100", "%", String.valueOf(actualPct), String.valueOf(weight), null));
        Arbitrary<List<Indicator>> rows = row.list().ofMinSize(1).ofMaxSize(12);
        Arbitrary<Integer> executedPct = Arbitraries.integers().between(0, 130);
        return Combinators.combine(rows, executedPct).as((list, executed) -> Fixtures.evaluation(
                Fixtures.funding("100", "100", String.valueOf(executed), "10"), new ArrayList<>(list)));
    }
}
