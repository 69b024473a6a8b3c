package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * The 分值 and 得分 printed on the indicator sum row against the score sheet's sums over the indicators that count.
 * The message also gives the sum of the printed rows, so a reader can tell a slip in the addition from a row whose
 * score the rules changed. Where a counted row has no weight the weight sum cannot be recomputed, and the finding
 * says which row rather than reporting a difference that may not be there.
 */
public final class IndicatorSumArithmetic implements Check {
    public static final String CODE = "ARITHMETIC_INDICATOR_SUM";
    private static final String ROW = "指标合计";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BigDecimal printedWeights = ctx.evaluation().reportedIndicatorWeightSum();
        BigDecimal printedScores = ctx.evaluation().reportedIndicatorScoreSum();
        BigDecimal rowWeights = BigDecimal.ZERO;
        BigDecimal rowScores = BigDecimal.ZERO;
        for (int k = 0; k < ctx.indicators().size(); k++) {
            IndicatorScore s = ctx.score(k);
            Indicator i = ctx.indicators().get(k);
            if (s.counts()) {
                rowWeights = rowWeights.add(Printed.orZero(i.weight()));
                rowScores = rowScores.add(Printed.orZero(i.reportedScore()));
            }
        }
        int line = ctx.evaluation().line();
        BigDecimal weightSum = ctx.sheet().indicatorWeightSum();
        if (printedWeights != null && weightSum != null && !ctx.sheet().weightsKnown()) {
            out.add(Finding.of(CODE, "weight_unknown", Severity.WARNING, Place.cell(ROW, Term.WEIGHT.zh(), line),
                    printedWeights, ExpectedWeights.unweightedNames(ctx), weightSum));
        } else if (printedWeights != null && weightSum != null) {
            compare(ctx, "weight", Term.WEIGHT, printedWeights, weightSum, rowWeights, line, out);
        }
        BigDecimal scoreSum = ctx.sheet().indicatorScoreSum();
        if (printedScores != null && scoreSum != null) {
            compare(ctx, "score", Term.SCORE, printedScores, scoreSum, rowScores, line, out);
        }
    }

    private static void compare(CheckContext ctx, String variant, Term column, BigDecimal printed, BigDecimal computed,
                                BigDecimal printedRows, int line, List<Finding> out) {
        Place place = Place.cell(ROW, column.zh(), line);
        switch (Printed.compare(printed, computed, ctx.scheme().rounding())) {
            case DIFFERENT -> out.add(Finding.of(CODE, variant, Severity.ERROR, place, printed, computed, printedRows));
            case ROUNDED -> out.add(Finding.of(CODE, "rounded", Severity.NOTICE, place, column, printed, computed,
                    ctx.scheme().scale()));
            case SAME -> {
            }
        }
    }
}
