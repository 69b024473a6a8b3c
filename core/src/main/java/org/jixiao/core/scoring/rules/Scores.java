package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.Basis;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/** Arithmetic shared by the rules: one rounding per figure, clamping to [0, weight]. */
final class Scores {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {
    }

    /** numerator / denominator rounded once to the scheme's scale, then clamped to [0, weight]. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator, BigDecimal weight, Scheme scheme) {
        BigDecimal v = numerator.divide(denominator, scheme.scale(), scheme.rounding());
        return clamp(v, weight, scheme);
    }

    static BigDecimal clamp(BigDecimal v, BigDecimal weight, Scheme scheme) {
        if (v.signum() < 0) {
            return BigDecimal.ZERO.setScale(scheme.scale());
        }
        BigDecimal rounded = v.setScale(scheme.scale(), scheme.rounding());
        return rounded.compareTo(weight) > 0 ? full(weight, scheme) : rounded;
    }

    /** Full marks at the scheme's scale, never above the weight (a weight of 7.5 in whole points is 7). */
    static BigDecimal full(BigDecimal weight, Scheme scheme) {
        BigDecimal w = weight.setScale(scheme.scale(), scheme.rounding());
        return w.compareTo(weight) > 0 ? weight.setScale(scheme.scale(), java.math.RoundingMode.DOWN) : w;
    }

    static BigDecimal round(BigDecimal v, Scheme scheme) {
        return v.setScale(scheme.scale(), scheme.rounding());
    }

    /** Negative actuals count as 0. */
    static BigDecimal nonNegative(BigDecimal v) {
        return v.signum() < 0 ? BigDecimal.ZERO : v;
    }

    static IndicatorScore recomputed(Indicator i, BigDecimal weight, BigDecimal score, Explanation e, String rule) {
        return new IndicatorScore(weight, i.reportedScore(), score, Basis.RECOMPUTED, e, rule);
    }

    static IndicatorScore kept(Indicator i, BigDecimal weight, Explanation e, String rule) {
        return new IndicatorScore(weight, i.reportedScore(), i.reportedScore(), Basis.KEPT_REPORTED, e, rule);
    }

    /** The operator to score by: the printed one, or — for a sign-less target — the one the name suggests. */
    static Operator effectiveOperator(Indicator i, Scheme scheme) {
        Operator op = i.target().operator();
        if (op != Operator.NONE) {
            return op;
        }
        return namesLowerIsBetter(i.name(), scheme) ? Operator.LE : Operator.GE;
    }

    static boolean namesLowerIsBetter(String name, Scheme scheme) {
        for (String hint : scheme.reverseNameHints()) {
            if (name.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    static Explanation noteAssumption(Explanation e, Indicator i, Operator effective) {
        return i.target().operator() == Operator.NONE ? e.assuming(effective) : e;
    }
}
