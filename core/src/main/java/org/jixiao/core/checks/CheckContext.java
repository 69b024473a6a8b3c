package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Scorer;

/**
 * What a check sees: the evaluation as printed, its score sheet under the scheme, and — once declarations exist —
 * the indicators declared at the start of the year (绩效目标申报表), or null when there is no declaration, and the
 * adjustments of the goals approved after the evaluation was submitted (none for a table not made from goals).
 */
public record CheckContext(SelfEvaluation evaluation, ScoreSheet sheet, Scheme scheme, List<Indicator> declared,
                           List<LaterAdjustment> laterAdjustments) {

    public CheckContext {
        laterAdjustments = laterAdjustments == null ? List.of() : List.copyOf(laterAdjustments);
    }

    public CheckContext(SelfEvaluation evaluation, ScoreSheet sheet, Scheme scheme) {
        this(evaluation, sheet, scheme, null, List.of());
    }

    /** Scores the evaluation under the scheme and wraps both for the checks. */
    public static CheckContext scored(SelfEvaluation evaluation, Scheme scheme) {
        return new CheckContext(evaluation, new Scorer(scheme).score(evaluation), scheme);
    }

    /** The same context compared against the indicators declared at the start of the year. */
    public CheckContext withDeclared(List<Indicator> declaredIndicators) {
        return new CheckContext(evaluation, sheet, scheme, declaredIndicators, laterAdjustments);
    }

    /** The same context with the adjustments approved after the evaluation was submitted. */
    public CheckContext withLaterAdjustments(List<LaterAdjustment> later) {
        return new CheckContext(evaluation, sheet, scheme, declared, later);
    }

    /** The indicators in printed order. */
    public List<Indicator> indicators() {
        return evaluation.indicators();
    }

    /** The score of the k-th indicator (0-based, the evaluation's order). */
    public IndicatorScore score(int k) {
        return sheet.indicators().get(k);
    }

    /** Where the k-th indicator is: its 三级 name, index and source line. */
    public Place placeOf(int k) {
        Indicator i = evaluation.indicators().get(k);
        return Place.indicator(i.name(), k, i.line());
    }

    /** A column of the funding block's total row (年度资金总额 as printed, or its sub-rows' sum). */
    public Place fundingCell(String column) {
        FundingRow total = evaluation.funding().effectiveTotal();
        return Place.cell(total == null ? FundingRow.Kind.TOTAL.label() : total.label(), column,
                total == null ? evaluation.line() : total.line());
    }

    /** The table as a whole. */
    public Place table() {
        return Place.table(evaluation.line());
    }
}
