package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;

/**
 * An actual at or past the scheme's over-achievement ratio (1.2 × target nationally; Guangxi uses 1.3) with no
 * explanation: the target was probably set too low, and the reviewer needs to know why. Applies to targets to reach
 * ({@code >=}, {@code >}, {@code =}, and sign-less ones read as {@code >=}); ceilings cannot be over-achieved.
 */
public final class OverAchievementUnexplained implements Check {
    public static final String CODE = "OVER_ACHIEVEMENT_UNEXPLAINED";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BigDecimal ratio = ctx.scheme().overAchievementRatio();
        if (ratio == null) {
            return;
        }
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            BigDecimal pct = completionPct(i, ctx);
            if (pct == null || i.hasDeviationReason()) {
                continue;
            }
            if (pct.compareTo(ratio.multiply(Printed.HUNDRED)) >= 0) {
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), i.name(), i.actual().value(),
                        Names.effectiveOperator(i, ctx.scheme()).symbol(), i.target().value(),
                        pct.setScale(0, RoundingMode.HALF_UP), ratio.multiply(Printed.HUNDRED).stripTrailingZeros().toPlainString()));
            }
        }
    }

    /** 100 × B / A for a scorable actual against a positive target to reach; null otherwise. */
    static BigDecimal completionPct(Indicator i, CheckContext ctx) {
        if (!i.target().isQuantitative() || !i.actual().isScorableAgainst(i.target()) || i.target().value().signum() <= 0) {
            return null;
        }
        Operator op = Names.effectiveOperator(i, ctx.scheme());
        if (op != Operator.GE && op != Operator.GT && op != Operator.EQ) {
            return null;
        }
        return Printed.percent(i.actual().value(), i.target().value());
    }
}
