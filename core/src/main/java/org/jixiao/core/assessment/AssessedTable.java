package org.jixiao.core.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.scoring.Basis;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;

/**
 * One assessed table as every output shows it — {@code score --json}, the API, the bulk-import report: the figures as
 * printed beside jixiao's, each explanation and message rendered in one language, and the findings that stand. Each
 * output keeps the field names it documents; the values come from here, so no output derives a figure of its own.
 *
 * @param scored   false for a declaration of goals (绩效目标申报表): it has no actuals, so its scores and totals are null
 * @param findings the findings that stand, in the assessment's order
 */
public record AssessedTable(Header header, boolean scored, String schemeId, String schemeVersion, String schemeEvidence,
                            Budget budget, List<Row> indicators, Totals totals, FinalResult result,
                            List<StandingFinding> findings) {

    public AssessedTable {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    /**
     * The execution row: the total funding row as printed (the budget-use block's initial budget where a table has no
     * total row), the rate and score as jixiao computes them.
     *
     * @param weight         the weight the execution row counts with: the scheme's where it scores the row, else printed
     * @param reportedWeight the weight as printed or typed
     */
    public record Budget(BigDecimal initial, BigDecimal annual, BigDecimal executed, BigDecimal ratePct,
                         BigDecimal reportedRatePct, BigDecimal weight, BigDecimal reportedWeight, BigDecimal reportedScore,
                         BigDecimal score, String explanation) {
    }

    /**
     * An indicator: the target and actual as kept, the weight and score it counts with and how it was reached.
     *
     * @param actualValue the actual as the form's value: its number for a quantitative target, its words otherwise;
     *                    null where it was not reported
     */
    public record Row(int index, Indicator indicator, String actualValue, BigDecimal weight, BigDecimal reportedScore,
                      BigDecimal score, Basis basis, String rule, String explanation, int line) {

        public Target target() {
            return indicator.target();
        }

        public Actual actual() {
            return indicator.actual();
        }

        public ActualStatus status() {
            return indicator.actual().status();
        }

        /** The operator as printed (≥, ≤ …), null for a qualitative target. */
        public String operatorSymbol() {
            return target().operator() == Operator.NONE ? null : target().operator().symbol();
        }
    }

    /** The sums and the total, as printed and as jixiao adds them up; the grade by the scheme's bands. */
    public record Totals(BigDecimal reportedIndicatorWeightSum, BigDecimal reportedIndicatorScoreSum,
                         BigDecimal indicatorWeightSum, BigDecimal indicatorScoreSum, BigDecimal reportedTotal,
                         BigDecimal total, String totalExplanation, BigDecimal maxTotal, String reportedGrade,
                         String grade, boolean gradeBandsPublished) {
    }

    /** A finding in the output's language, with where it is. */
    public record StandingFinding(String code, Severity severity, Place place, String message) {
    }

    /** The assessment with all its findings. */
    public static AssessedTable of(Assessment a, Locale locale) {
        return of(a, a.findings(), locale);
    }

    /** The assessment with the findings that stand (those a file on file answers set aside). */
    public static AssessedTable of(Assessment a, List<Finding> standing, Locale locale) {
        SelfEvaluation e = a.table();
        ScoreSheet s = a.sheet();
        boolean scored = e.header().kind() != Header.Kind.DECLARATION;
        List<Row> rows = new ArrayList<>(e.indicators().size());
        for (int k = 0; k < e.indicators().size(); k++) {
            rows.add(row(k, e.indicators().get(k), s.indicators().get(k), scored, locale));
        }
        List<StandingFinding> findings = new ArrayList<>(standing.size());
        for (Finding f : standing) {
            findings.add(new StandingFinding(f.code(), f.severity(), f.place(), f.message(locale)));
        }
        return new AssessedTable(e.header(), scored, a.scheme().id(), a.scheme().version(), a.choice().describe(locale),
                budget(e, s.budget(), locale), rows, totals(e, s, scored, locale), a.result(), findings);
    }

    private static Budget budget(SelfEvaluation e, BudgetScore b, Locale locale) {
        FundingRow total = e.funding().effectiveTotal();
        BudgetUse use = e.funding().use();
        BigDecimal initial = total != null ? total.initial() : use != null ? use.initial() : null;
        return new Budget(initial, total != null ? total.annual() : null, total != null ? total.executed() : null,
                b != null ? b.ratePct() : null, e.funding().reportedRatePct(), b != null ? b.weight() : e.funding().weight(),
                e.funding().weight(), e.funding().reportedScore(), b != null ? b.score() : null,
                b != null ? b.explanation().render(locale) : null);
    }

    private static Row row(int index, Indicator i, IndicatorScore s, boolean scored, Locale locale) {
        return new Row(index, i, actualValue(i.target(), i.actual()), s.weight(), s.reportedScore(),
                scored ? s.score() : null, s.basis(), s.rule(), s.explanation().render(locale), i.line());
    }

    private static Totals totals(SelfEvaluation e, ScoreSheet s, boolean scored, Locale locale) {
        return new Totals(e.reportedIndicatorWeightSum(), e.reportedIndicatorScoreSum(), s.indicatorWeightSum(),
                s.indicatorScoreSum(), e.reportedTotal(), scored ? s.total() : null,
                scored && s.totalExplanation() != null ? s.totalExplanation().render(locale) : null,
                scored ? s.maxTotal() : null, e.reportedGrade(), scored ? s.grade() : null, s.gradeBandsPublished());
    }

    private static String actualValue(Target target, Actual actual) {
        if (!actual.isReported()) {
            return null;
        }
        if (target.isQuantitative() && actual.value() != null && actual.sign() == null) {
            return actual.value().toPlainString();
        }
        return actual.text() == null || actual.text().isEmpty() ? null : actual.text();
    }
}
