package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;

/**
 * An {@code =} target exceeded by less than the over-achievement threshold, with no reason given. It scores as met,
 * but "= 10" promised exactly ten: worth a note (scoring.md §2: flag B ≠ A). Past the threshold
 * {@link OverAchievementUnexplained} speaks instead.
 */
public final class ExactTargetExceeded implements Check {
    public static final String CODE = "EXACT_TARGET_EXCEEDED";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BigDecimal threshold = ctx.scheme().overAchievementRatio() == null ? null
                : ctx.scheme().overAchievementRatio().multiply(Printed.HUNDRED);
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            if (i.target().operator() != Operator.EQ || i.hasDeviationReason()) {
                continue;
            }
            BigDecimal pct = OverAchievementUnexplained.completionPct(i, ctx);
            if (pct == null || pct.compareTo(Printed.HUNDRED) <= 0 || (threshold != null && pct.compareTo(threshold) >= 0)) {
                continue;
            }
            out.add(Finding.of(CODE, Severity.NOTICE, ctx.placeOf(k), i.name(), i.actual().value(), i.target().value(),
                    pct.setScale(0, RoundingMode.HALF_UP)));
        }
    }
}
