package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/** A target of zero (审计指出问题数 = 0): an actual of 0 or less scores the weight, anything more scores 0. */
public final class ZeroTargetExact implements IndicatorRule {
    public static final String ID = "zero-target";
    private final Scheme scheme;

    public ZeroTargetExact(Scheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        Operator op = i.target().operator();
        return i.target().isQuantitative() && i.actual().isScorableAgainst(i.target()) && i.target().value().signum() == 0
                && (op == Operator.EQ || op == Operator.LE || op == Operator.LT || op == Operator.NONE);
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        BigDecimal b = i.actual().value();
        if (b.signum() <= 0) {
            return Scores.recomputed(i, weight, Scores.full(weight, scheme), Explanation.of(Formula.ZERO_TARGET_MET, b, weight), ID);
        }
        return Scores.recomputed(i, weight, Scores.round(BigDecimal.ZERO, scheme), Explanation.of(Formula.ZERO_TARGET_MISSED, b), ID);
    }
}
