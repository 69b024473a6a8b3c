package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.server.evaluation.Recheck;

/**
 * The figures a finance reviewer ranks tables by: the self (printed) total against the total the rules recompute,
 * or — once the reviewer has re-checked indicators — against the re-checked total.
 */
final class Gap {
    private Gap() {
    }

    /** The total the unit claims: as printed; a table typed on screen prints the computed one. */
    static BigDecimal selfTotal(SelfEvaluation form, ScoreSheet sheet) {
        return form.reportedTotal() != null ? form.reportedTotal() : sheet.total();
    }

    /**
     * The total after the finance re-check, or null when no indicator was re-checked. A re-checked indicator counts
     * its re-check score; one given only a deduction counts its weight less the deduction (扣分 is taken off 分值),
     * never below 0; the others and the execution score count as scored.
     */
    static BigDecimal recheckedTotal(ScoreSheet sheet, List<Recheck> rechecks) {
        BigDecimal total = sheet.total() == null ? BigDecimal.ZERO : sheet.total();
        boolean any = false;
        for (int k = 0; k < Math.min(rechecks.size(), sheet.indicators().size()); k++) {
            Recheck r = rechecks.get(k);
            IndicatorScore s = sheet.indicators().get(k);
            BigDecimal rechecked = r.score() != null ? r.score()
                    : r.deduction() != null && s.weight() != null ? s.weight().subtract(r.deduction()).max(BigDecimal.ZERO)
                    : null;
            if (rechecked != null) {
                any = true;
                total = total.subtract(s.score() == null ? BigDecimal.ZERO : s.score()).add(rechecked);
            }
        }
        return any ? total : null;
    }

    static BigDecimal between(BigDecimal self, BigDecimal compared) {
        return self == null || compared == null ? null : self.subtract(compared).abs();
    }
}
