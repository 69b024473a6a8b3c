package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;

/** A printed 得分 above its 分值, on an indicator or on the funding block: no rule scores past the weight. */
public final class ScoreAboveWeight implements Check {
    public static final String CODE = "WEIGHTS_SCORE_ABOVE_WEIGHT";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        Funding f = ctx.evaluation().funding();
        if (f.reportedScore() != null && f.weight() != null && f.reportedScore().compareTo(f.weight()) > 0) {
            FundingRow total = f.totalRow();
            out.add(Finding.of(CODE, "execution", Severity.ERROR,
                    Place.cell(total == null ? FundingRow.Kind.TOTAL.label() : total.label(), Term.SCORE.zh(),
                            total == null ? ctx.evaluation().line() : total.line()),
                    f.reportedScore(), f.weight()));
        }
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            BigDecimal weight = ctx.score(k).weight() != null ? ctx.score(k).weight() : i.weight();
            if (i.reportedScore() != null && weight != null && i.reportedScore().compareTo(weight) > 0) {
                out.add(Finding.of(CODE, Severity.ERROR, ctx.placeOf(k), i.name(), i.reportedScore(), weight));
            }
        }
    }
}
