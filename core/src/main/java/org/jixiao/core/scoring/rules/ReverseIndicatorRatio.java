package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/** The variant seen in practice for a missed ceiling: w × A / B. */
public final class ReverseIndicatorRatio implements IndicatorRule {
    public static final String ID = "reverse";
    private final Scheme scheme;

    public ReverseIndicatorRatio(Scheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        return i.target().isQuantitative() && i.actual().isScorableAgainst(i.target()) && Scores.effectiveOperator(i, scheme).isReverse() && i.target().value().signum() > 0;
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        BigDecimal a = i.target().value();
        BigDecimal b = Scores.nonNegative(i.actual().value());
        Operator op = Scores.effectiveOperator(i, scheme);
        boolean met = op == Operator.LT ? b.compareTo(a) < 0 : b.compareTo(a) <= 0;
        BigDecimal score;
        Explanation e;
        if (met) {
            score = Scores.full(weight, scheme);
            e = Explanation.of(Formula.MET, b, op == Operator.LT ? "<" : "≤", a, score);
        } else {
            score = Scores.ratio(weight.multiply(a), b, weight, scheme);
            e = Explanation.of(Formula.REVERSE_RATIO, weight, b, a, score);
        }
        return Scores.recomputed(i, weight, score, Scores.noteAssumption(e, i, op), ID);
    }
}
