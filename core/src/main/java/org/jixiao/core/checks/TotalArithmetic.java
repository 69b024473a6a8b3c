package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * The printed 总分 against the score sheet's total (execution score plus the indicator scores that count). The total
 * is never capped: a table scoring past its full mark shows up here and under the weights.
 */
public final class TotalArithmetic implements Check {
    public static final String CODE = "ARITHMETIC_TOTAL";
    private static final String ROW = "总分";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BigDecimal printed = ctx.evaluation().reportedTotal();
        BigDecimal total = ctx.sheet().total();
        if (printed == null || total == null) {
            return;
        }
        Place place = Place.cell(ROW, Term.SCORE.zh(), ctx.evaluation().line());
        switch (Printed.compare(printed, total, ctx.scheme().rounding())) {
            case DIFFERENT -> out.add(Finding.of(CODE, Severity.ERROR, place, printed, total, sumOfPrintedScores(ctx)));
            case ROUNDED -> out.add(Finding.of(CODE, "rounded", Severity.NOTICE, place, printed, total, ctx.scheme().scale()));
            case SAME -> {
            }
        }
    }

    /** What the printed figures add up to: the printed execution score plus the printed scores of counted rows. */
    private static BigDecimal sumOfPrintedScores(CheckContext ctx) {
        BigDecimal sum = ctx.sheet().budget() == null ? BigDecimal.ZERO : Printed.orZero(ctx.evaluation().funding().reportedScore());
        for (int k = 0; k < ctx.indicators().size(); k++) {
            IndicatorScore s = ctx.score(k);
            if (s.counts()) {
                sum = sum.add(Printed.orZero(ctx.indicators().get(k).reportedScore()));
            }
        }
        return sum;
    }
}
