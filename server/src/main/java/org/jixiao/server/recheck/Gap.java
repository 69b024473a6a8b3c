package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.server.evaluation.Recheck;

/**
 * The re-checked total a finance reviewer's indicator scores give. The self total and the gap it is ranked by are
 * the core's ({@link org.jixiao.core.checks.RecheckFigures#of}).
 */
final class Gap {
    private Gap() {
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
}
