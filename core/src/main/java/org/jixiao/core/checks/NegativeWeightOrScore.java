package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;

/** A negative 分值 or 得分, on an indicator or on the funding block: scores are clamped to [0, weight]. */
public final class NegativeWeightOrScore implements Check {
    public static final String CODE = "WEIGHTS_NEGATIVE";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        Funding f = ctx.evaluation().funding();
        FundingRow total = f.totalRow();
        String label = total == null ? FundingRow.Kind.TOTAL.label() : total.label();
        int line = total == null ? ctx.evaluation().line() : total.line();
        if (isNegative(f.weight())) {
            out.add(Finding.of(CODE, Severity.ERROR, Place.cell(label, Term.WEIGHT.zh(), line), Term.FUNDING, Term.WEIGHT, f.weight()));
        }
        if (isNegative(f.reportedScore())) {
            out.add(Finding.of(CODE, Severity.ERROR, Place.cell(label, Term.SCORE.zh(), line), Term.FUNDING, Term.SCORE, f.reportedScore()));
        }
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            if (isNegative(i.weight())) {
                out.add(Finding.of(CODE, Severity.ERROR, ctx.placeOf(k), i.name(), Term.WEIGHT, i.weight()));
            }
            if (isNegative(i.reportedScore())) {
                out.add(Finding.of(CODE, Severity.ERROR, ctx.placeOf(k), i.name(), Term.SCORE, i.reportedScore()));
            }
        }
    }

    private static boolean isNegative(BigDecimal v) {
        return v != null && v.signum() < 0;
    }
}
