package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;

/**
 * What holds for every table, not only the examples: scores within their weights, scores that move the right way
 * as actuals move, sums that never pass their weights, and explanations that always render.
 */
class ScoringProperties {
    private static final Scheme NATIONAL = Fixtures.NATIONAL;
    private static final Scheme SUZHOU = Fixtures.SUZHOU;
    private static final Scheme HEBEI = Fixtures.hebei();
    private static final Scheme NATIONAL_RATIO = Fixtures.withReverseFormula(NATIONAL, Scheme.ReverseFormula.TARGET_OVER_ACTUAL);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // ---- every score lies in [0, weight] ---------------------------------------------------------------------

    @Property
    void a_recomputed_score_lies_between_zero_and_its_weight(@ForAll("schemes") Scheme scheme,
                                                             @ForAll("anyIndicator") Indicator printed) {
        Indicator i = inSchemeScale(printed, scheme);
        IndicatorScore s = new Scorer(scheme).score(i);
        switch (s.basis()) {
            case RECOMPUTED -> {
                assertThat(s.weight()).isNotNull();
                assertThat(s.score()).isNotNull().isBetween(BigDecimal.ZERO, s.weight());
                assertThat(s.score().scale()).isEqualTo(scheme.scale());
            }
            case KEPT_REPORTED -> assertThat(s.score()).isEqualTo(i.reportedScore());
            case NOT_COUNTED -> {
                assertThat(i.actual().isReported()).isFalse();
                assertThat(s.weight()).isNull();
                assertThat(s.score()).isNull();
            }
        }
    }

    @Property
    void a_budget_execution_score_lies_between_zero_and_its_weight_and_never_falls_as_execution_rises(
            @ForAll("schemesWithBudget") Scheme scheme, @ForAll("amounts") BigDecimal budget,
            @ForAll("amounts") BigDecimal e1, @ForAll("amounts") BigDecimal e2, @ForAll("budgetWeights") BigDecimal weight) {
        Scorer scorer = new Scorer(scheme);
        BigDecimal w = weight.setScale(Math.min(weight.scale(), scheme.scale()), RoundingMode.DOWN);
        BudgetScore low = scorer.scoreBudget(Fixtures.funding(null, budget.toPlainString(), e1.min(e2).toPlainString(), w.toPlainString()));
        BudgetScore high = scorer.scoreBudget(Fixtures.funding(null, budget.toPlainString(), e1.max(e2).toPlainString(), w.toPlainString()));
        if (budget.signum() > 0) {
            assertThat(low.score()).isBetween(BigDecimal.ZERO, w);
            assertThat(high.score()).isBetween(BigDecimal.ZERO, w);
            assertThat(low.score()).isLessThanOrEqualTo(high.score());
        } else {
            assertThat(low.recomputed()).isFalse();
        }
    }

    // ---- national-2020: scores move the right way ------------------------------------------------------------

    @Property
    void under_national_a_score_never_falls_as_an_at_least_actual_rises(
            @ForAll("atLeastOperators") String op, @ForAll("targets") BigDecimal a,
            @ForAll @BigRange(min = "-20", max = "400") @Scale(2) BigDecimal p1,
            @ForAll @BigRange(min = "-20", max = "400") @Scale(2) BigDecimal p2,
            @ForAll("weights") BigDecimal w) {
        // "= 0" (and a bare 0) is a ceiling: the zero-target rule scores it, see the ceiling property
        Assume.that(!(a.signum() == 0 && (op.equals("=") || op.isEmpty())));
        Scorer scorer = new Scorer(NATIONAL);
        BigDecimal lo = actualAt(a, p1.min(p2));
        BigDecimal hi = actualAt(a, p1.max(p2));
        BigDecimal sLo = scorer.score(quantitative("培训人次", op, a, lo, w)).score();
        BigDecimal sHi = scorer.score(quantitative("培训人次", op, a, hi, w)).score();
        assertThat(sLo).isLessThanOrEqualTo(sHi);
    }

    @Property
    void under_national_a_score_never_falls_as_a_ceiling_actual_falls(
            @ForAll("schemesNational") Scheme scheme, @ForAll("ceilingOperators") String op, @ForAll("targets") BigDecimal a,
            @ForAll @BigRange(min = "-20", max = "400") @Scale(2) BigDecimal p1,
            @ForAll @BigRange(min = "-20", max = "400") @Scale(2) BigDecimal p2,
            @ForAll("weights") BigDecimal w) {
        Scorer scorer = new Scorer(scheme);
        BigDecimal lo = actualAt(a, p1.min(p2));
        BigDecimal hi = actualAt(a, p1.max(p2));
        BigDecimal sLo = scorer.score(quantitative("平均响应时间", op, a, lo, w)).score();
        BigDecimal sHi = scorer.score(quantitative("平均响应时间", op, a, hi, w)).score();
        assertThat(sLo).isGreaterThanOrEqualTo(sHi);
    }

    // ---- suzhou-2023: banded on completion ---------------------------------------------------------------------

    @Property
    void under_suzhou_a_score_never_falls_as_completion_rises_up_to_the_upper_bound_and_never_rises_past_it(
            @ForAll("bandedLevel1") String level1, @ForAll("positiveTargets") BigDecimal a,
            @ForAll @BigRange(min = "0", max = "400") @Scale(2) BigDecimal p1,
            @ForAll @BigRange(min = "0", max = "400") @Scale(2) BigDecimal p2,
            @ForAll("weights") BigDecimal w) {
        Scorer scorer = new Scorer(SUZHOU);
        BigDecimal lo = actualAt(a, p1.min(p2));
        BigDecimal hi = actualAt(a, p1.max(p2));
        Indicator low = new Indicator(level1, null, "指标", Target.quantitative(org.jixiao.core.evaluation.Operator.GE, a, ""),
                Actual.of(lo), w, null, "", 0);
        Indicator high = low.withActual(Actual.of(hi));
        BigDecimal upper = SUZHOU.completionBands().upperFor(low.category());
        BigDecimal sLo = scorer.score(low).score();
        BigDecimal sHi = scorer.score(high).score();
        assertThat(sLo).isBetween(BigDecimal.ZERO, w);
        assertThat(sHi).isBetween(BigDecimal.ZERO, w);
        // completion c = 100 × B / A ; compare without dividing: 100 × B against upper × A
        if (HUNDRED.multiply(hi).compareTo(upper.multiply(a)) <= 0) {
            assertThat(sLo).as("both within the upper bound %s", upper).isLessThanOrEqualTo(sHi);
        }
        if (HUNDRED.multiply(lo).compareTo(upper.multiply(a)) >= 0) {
            assertThat(sLo).as("both past the upper bound %s", upper).isGreaterThanOrEqualTo(sHi);
        }
        if (HUNDRED.multiply(lo).compareTo(SUZHOU.completionBands().lower().multiply(a)) >= 0
                && HUNDRED.multiply(lo).compareTo(upper.multiply(a)) <= 0) {
            assertThat(sLo).as("inside the band").isEqualByComparingTo(w);
        }
    }

    @Property
    void under_suzhou_a_banded_score_is_the_completion_formula_rounded_once_half_up(
            @ForAll("bandedLevel1") String level1, @ForAll("positiveTargets") BigDecimal a,
            @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal b, @ForAll("weights") BigDecimal w,
            @ForAll boolean ceiling) {
        Operator op = ceiling ? Operator.LE : Operator.GE;
        Indicator i = new Indicator(level1, null, "指标", Target.quantitative(op, a, ""), Actual.of(b), w, null, "", 0);
        // the rate to 60 digits: far past where any rounding to 2 decimals could notice
        java.math.MathContext wide = new java.math.MathContext(60);
        BigDecimal c = ceiling
                ? (b.compareTo(a) <= 0 ? HUNDRED : HUNDRED.multiply(a).divide(b, wide))
                : HUNDRED.multiply(b).divide(a, wide);
        Scheme.CompletionBands bands = SUZHOU.completionBands();
        BigDecimal upper = bands.upperFor(i.category());
        BigDecimal share = c.compareTo(bands.lower()) < 0
                ? HUNDRED.subtract(bands.lower().subtract(c).multiply(bands.deductBelowPct()))
                : c.compareTo(upper) > 0 ? HUNDRED.subtract(c.subtract(upper).multiply(bands.deductAbovePct())) : HUNDRED;
        // a repeating rate cut at 60 digits can put an exact tie a hair below it (3 × 53.8333… / 100 = 1.615 reads
        // 1.61499…9): round to 50 digits first, which snaps such a tail back to the tie and moves nothing else
        BigDecimal expected = w.multiply(share).divide(HUNDRED, wide).round(new java.math.MathContext(50))
                .setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(w);

        assertThat(new Scorer(SUZHOU).score(i).score()).isEqualByComparingTo(expected);
    }

    @Property
    void under_suzhou_a_ceiling_score_never_falls_as_the_actual_falls(
            @ForAll("bandedLevel1") String level1, @ForAll("positiveTargets") BigDecimal a,
            @ForAll @BigRange(min = "0", max = "400") @Scale(2) BigDecimal p1,
            @ForAll @BigRange(min = "0", max = "400") @Scale(2) BigDecimal p2,
            @ForAll("weights") BigDecimal w) {
        Scorer scorer = new Scorer(SUZHOU);
        Indicator low = new Indicator(level1, null, "驻场运维周期", Target.quantitative(org.jixiao.core.evaluation.Operator.LE, a, ""),
                Actual.of(actualAt(a, p1.min(p2))), w, null, "", 0);
        Indicator high = low.withActual(Actual.of(actualAt(a, p1.max(p2))));
        assertThat(scorer.score(low).score()).isGreaterThanOrEqualTo(scorer.score(high).score());
    }

    // ---- sums ---------------------------------------------------------------------------------------------------

    @Property
    void the_indicator_sum_never_exceeds_the_weight_sum(@ForAll("schemes") Scheme scheme,
                                                        @ForAll @Size(min = 1, max = 25) List<@net.jqwik.api.From("anyIndicator") Indicator> printed) {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : printed) {
            // a score printed on a row without a weight is kept and counted, with nothing to weigh it against:
            // that is a finding of the checks, not a sum this property is about
            Indicator j = i.weight() == null ? i.withReportedScore(null) : i;
            indicators.add(inSchemeScale(j, scheme));
        }
        ScoreSheet sheet = new Scorer(scheme).score(Fixtures.evaluation(null, indicators));
        assertThat(sheet.indicatorScoreSum()).isLessThanOrEqualTo(sheet.indicatorWeightSum());
        assertThat(sheet.indicatorScoreSum()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(sheet.indicators()).hasSize(indicators.size());
    }

    @Property
    void suzhou_shares_always_sum_to_exactly_55_points(@ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 80) int n) {
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            indicators.add(Fixtures.suzhou(k % 3 == 0 ? "效益目标" : k % 3 == 1 ? "产出目标" : "满意度目标", "指标" + k, ">=1", "1", null));
        }
        List<BigDecimal> weights = EqualShareWeights.weightsFor(indicators, SUZHOU);
        assertThat(weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("55");
        BigDecimal each = new BigDecimal("55").divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
        assertThat(weights.stream().filter(w -> w.compareTo(each) != 0)).hasSizeLessThanOrEqualTo(1);
        ScoreSheet sheet = new Scorer(SUZHOU).score(Fixtures.evaluation(null, indicators));
        assertThat(sheet.indicatorScoreSum()).isEqualByComparingTo("55");
    }

    // ---- grades -------------------------------------------------------------------------------------------------

    @Property
    void every_total_from_zero_to_the_full_mark_gets_exactly_one_grade_and_more_never_grades_lower(
            @ForAll("gradedSchemes") Scheme scheme,
            @ForAll @BigRange(min = "0", max = "1") @Scale(4) BigDecimal f1,
            @ForAll @BigRange(min = "0", max = "1") @Scale(4) BigDecimal f2) {
        BigDecimal t1 = scheme.maxTotal().multiply(f1.min(f2)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal t2 = scheme.maxTotal().multiply(f1.max(f2)).setScale(2, RoundingMode.HALF_UP);
        assertThat(bandsHolding(t1, scheme)).hasSize(1).containsExactly(Grade.of(t1, scheme));
        assertThat(bandsHolding(t2, scheme)).hasSize(1).containsExactly(Grade.of(t2, scheme));
        assertThat(rank(Grade.of(t1, scheme), scheme)).isGreaterThanOrEqualTo(rank(Grade.of(t2, scheme), scheme));
    }

    @Property
    void any_valid_set_of_grade_bands_is_contiguous(@ForAll("gradeBandSets") List<Scheme.GradeBand> bands,
                                                    @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal t1,
                                                    @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal t2) {
        Scheme scheme = withGradeBands(NATIONAL, bands);
        BigDecimal lo = t1.min(t2);
        BigDecimal hi = t1.max(t2);
        assertThat(bandsHolding(lo, scheme)).containsExactly(Grade.of(lo, scheme));
        assertThat(bandsHolding(hi, scheme)).containsExactly(Grade.of(hi, scheme));
        assertThat(rank(Grade.of(lo, scheme), scheme)).isGreaterThanOrEqualTo(rank(Grade.of(hi, scheme), scheme));
    }

    // ---- explanations -------------------------------------------------------------------------------------------

    @Property
    void explanations_always_render_in_chinese_and_english(@ForAll("schemes") Scheme scheme,
                                                          @ForAll("anyIndicator") Indicator printed) {
        Indicator i = inSchemeScale(printed, scheme);
        Explanation e = new Scorer(scheme).score(i).explanation();
        for (Locale locale : List.of(Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.UK, Locale.ROOT)) {
            String text = e.render(locale);
            assertThat(text).isNotBlank().doesNotContain("{0}").doesNotContain("{1}").doesNotContain("null");
        }
        String en = e.render(Locale.ENGLISH);
        String zh = e.render(Locale.CHINESE);
        if (e.assumed() != null) {
            assertThat(zh).startsWith("未标指标性质");
            assertThat(en).startsWith("no operator printed");
        }
        assertThat(zh).isEqualTo(e.toString());
    }

    @Property
    void budget_explanations_always_render_in_chinese_and_english(@ForAll("schemesWithBudget") Scheme scheme,
                                                                 @ForAll("amounts") BigDecimal budget, @ForAll("amounts") BigDecimal executed) {
        Explanation e = new Scorer(scheme).scoreBudget(Fixtures.funding(null, budget.toPlainString(), executed.toPlainString(), null)).explanation();
        assertThat(e.render(Locale.CHINESE)).isNotBlank().doesNotContain("{");
        assertThat(e.render(Locale.ENGLISH)).isNotBlank().doesNotContain("{");
    }

    // ---- generators ---------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Scheme> schemes() {
        return Arbitraries.of(NATIONAL, SUZHOU, HEBEI, NATIONAL_RATIO);
    }

    @Provide
    Arbitrary<Scheme> schemesWithBudget() {
        return Arbitraries.of(NATIONAL, HEBEI);
    }

    @Provide
    Arbitrary<Scheme> schemesNational() {
        return Arbitraries.of(NATIONAL, NATIONAL_RATIO);
    }

    @Provide
    Arbitrary<Scheme> gradedSchemes() {
        return Arbitraries.of(NATIONAL, HEBEI);
    }

    @Provide
    Arbitrary<String> atLeastOperators() {
        return Arbitraries.of(">=", ">", "=", "", "≥", "不低于");
    }

    @Provide
    Arbitrary<String> ceilingOperators() {
        return Arbitraries.of("<=", "<", "", "≤", "不超过");
    }

    @Provide
    Arbitrary<String> bandedLevel1() {
        return Arbitraries.of("产出目标", "效益目标", "满意度目标", "投入目标", "产出指标", "效益指标");
    }

    @Provide
    Arbitrary<BigDecimal> targets() {
        return Arbitraries.oneOf(Arbitraries.just(BigDecimal.ZERO), positiveTargets());
    }

    @Provide
    Arbitrary<BigDecimal> positiveTargets() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("1000000")).ofScale(0),
                Arbitraries.of(new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("100"), new BigDecimal("3")));
    }

    @Provide
    Arbitrary<BigDecimal> weights() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("30")).ofScale(2),
                Arbitraries.integers().between(1, 30).map(BigDecimal::valueOf));
    }

    @Provide
    Arbitrary<BigDecimal> budgetWeights() {
        return Arbitraries.of(new BigDecimal("10"), new BigDecimal("10.00"), new BigDecimal("20"), new BigDecimal("5"));
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.just(BigDecimal.ZERO),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(2));
    }

    @Provide
    Arbitrary<List<Scheme.GradeBand>> gradeBandSets() {
        return Arbitraries.integers().between(1, 99).set().ofMinSize(0).ofMaxSize(6).map(mins -> {
            List<Integer> sorted = new ArrayList<>(mins);
            sorted.sort(java.util.Comparator.reverseOrder());
            List<Scheme.GradeBand> bands = new ArrayList<>();
            for (int k = 0; k < sorted.size(); k++) {
                bands.add(new Scheme.GradeBand("G" + k, BigDecimal.valueOf(sorted.get(k))));
            }
            bands.add(new Scheme.GradeBand("G" + sorted.size(), BigDecimal.ZERO));
            return bands;
        });
    }

    /** Rows as tables print them: every operator, numbers and words, rows not reported, weights missing. */
    @Provide
    Arbitrary<Indicator> anyIndicator() {
        Arbitrary<String> level1 = Arbitraries.of("产出指标", "效益指标", "满意度指标", "产出目标", "效益目标", "满意度目标",
                "决策目标", "过程目标", "投入目标", "其他");
        Arbitrary<String> names = Arbitraries.of("培训人次", "合格率", "设备故障次数", "平均响应时间", "审计指出问题数",
                "群众满意度", "项目成本", "覆盖率", "投诉次数");
        Arbitrary<String> ops = Arbitraries.of(">=", ">", "=", "<=", "<", "", "定性", "≥", "≤", "不超过");
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("200")).ofScale(2).map(BigDecimal::toPlainString),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(0).map(BigDecimal::toPlainString),
                Arbitraries.of("0", "0.00", "1", "3", "90", "100"));
        Arbitrary<String> targets = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, numbers),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("完善", "有效", "稳定", "及时，12月底前完成", "", "24小时内")));
        Arbitrary<String> actuals = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, numbers),
                net.jqwik.api.Tuple.of(1, numbers.map(n -> "-" + n)),
                net.jqwik.api.Tuple.of(1, numbers.map(n -> ">=" + n + "%")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("好", "较好", "一般", "较差", "差", "100%", "85%", "120%", "",
                        "已完成", "完善", "无", "1,234.5", "９０")));
        Arbitrary<BigDecimal> weights = weights().injectNull(0.05);
        Arbitrary<BigDecimal> reportedShare = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
        Arbitrary<Integer> status = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(17, 0), net.jqwik.api.Tuple.of(2, 1), net.jqwik.api.Tuple.of(1, 2));
        return Combinators.combine(level1, names, ops, targets, actuals, weights, reportedShare, status)
                .as((l1, name, op, target, actual, weight, share, st) -> {
                    Actual a = switch (st) {
                        case 1 -> Actual.notReported("无", "与批复指标不一致");
                        case 2 -> Actual.excluded("年中调整");
                        default -> Actual.reported(actual);
                    };
                    BigDecimal printedScore = weight == null ? share.multiply(BigDecimal.TEN) : weight.multiply(share);
                    return new Indicator(l1, null, name, Target.of(op, target, "%"), a,
                            st == 0 ? weight : null, printedScore.setScale(2, RoundingMode.DOWN), "", 0);
                });
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Weights as a scheme prints them: whole points under a whole-point scheme; printed scores within them. */
    private static Indicator inSchemeScale(Indicator i, Scheme scheme) {
        if (i.weight() == null || i.weight().scale() <= scheme.scale()) {
            return i;
        }
        BigDecimal w = i.weight().setScale(scheme.scale(), RoundingMode.UP);
        BigDecimal printed = i.reportedScore() == null ? null : i.reportedScore().min(w);
        return i.withWeight(w).withReportedScore(printed);
    }

    private static BigDecimal actualAt(BigDecimal target, BigDecimal percent) {
        if (target.signum() == 0) {
            return percent.movePointLeft(1);
        }
        return target.multiply(percent).movePointLeft(2).stripTrailingZeros();
    }

    private static Indicator quantitative(String name, String op, BigDecimal a, BigDecimal b, BigDecimal w) {
        return new Indicator("产出指标", "数量指标", name, Target.of(op, a.toPlainString(), "个"), Actual.of(b), w, null, "", 0);
    }

    /** The grades whose band holds the total: [min, the next higher band's min). */
    private static List<String> bandsHolding(BigDecimal total, Scheme scheme) {
        List<String> holding = new ArrayList<>();
        List<Scheme.GradeBand> bands = scheme.gradeBands();
        for (int k = 0; k < bands.size(); k++) {
            boolean aboveMin = total.compareTo(bands.get(k).min()) >= 0;
            boolean belowNext = k == 0 || total.compareTo(bands.get(k - 1).min()) < 0;
            if (aboveMin && belowNext) {
                holding.add(bands.get(k).grade());
            }
        }
        return holding;
    }

    private static int rank(String grade, Scheme scheme) {
        for (int k = 0; k < scheme.gradeBands().size(); k++) {
            if (scheme.gradeBands().get(k).grade().equals(grade)) {
                return k;
            }
        }
        throw new AssertionError("no band " + grade);
    }

    private static Scheme withGradeBands(Scheme s, List<Scheme.GradeBand> bands) {
        return new Scheme(s.id(), s.version(), s.name(), s.layouts(), s.maxTotal(), s.scale(), s.rounding(),
                s.budgetExecution(), s.categoryWeights(), s.indicatorWeightTotal(), s.rules(), s.reverseFormula(),
                s.overAchievementRatio(), s.completionBands(), s.qualitativeTiers(), s.qualitativeWords(), s.equalShare(),
                bands, s.reverseNameHints(), s.executionIndicatorScored());
    }
}
