package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/**
 * A target to reach ({@code >=}, {@code >}, and {@code =} with a positive target): met scores the weight, missed
 * scores in proportion, w × B / A (合格率 ≥ 25 %, actual 13.95, weight 15 → 15 × 13.95 / 25 = 8.37). An
 * over-achieved {@code =} counts as met; the checks flag it.
 */
public final class AtLeastTargetProportional implements IndicatorRule {
    public static final String ID = "at-least";
    private final Scheme scheme;

    public AtLeastTargetProportional(Scheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        if (!i.target().isQuantitative() || !i.actual().isScorableAgainst(i.target())) {
            return false;
        }
        Operator op = Scores.effectiveOperator(i, scheme);
        return op == Operator.GE || op == Operator.GT || op == Operator.EQ;
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        BigDecimal a = i.target().value();
        BigDecimal b = Scores.nonNegative(i.actual().value());
        Operator op = Scores.effectiveOperator(i, scheme);
        Explanation e;
        BigDecimal score;
        boolean met = op == Operator.GT ? b.compareTo(a) > 0 : b.compareTo(a) >= 0;
        if (!met && a.signum() <= 0) {
            // nothing to divide by: a target of 0 (or less) that is not reached scores 0
            score = Scores.round(BigDecimal.ZERO, scheme);
            e = Explanation.of(Formula.ZERO_TARGET_MISSED, b);
        } else if (met) {
            score = Scores.full(weight, scheme);
            e = Explanation.of(Formula.MET, b, op == Operator.GT ? ">" : "≥", a, score);
        } else {
            score = Scores.ratio(weight.multiply(b), a, weight, scheme);
            e = Explanation.of(Formula.PROPORTIONAL, weight, b, a, score);
        }
        return Scores.recomputed(i, weight, score, Scores.noteAssumption(e, i, op), ID);
    }
}
