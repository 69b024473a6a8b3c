package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/**
 * A ceiling ({@code <=}, {@code <}: costs, failures, response times): met scores the weight; past it the score
 * falls linearly to 0 at twice the target, w × max(0, 1 − (B − A) / A).
 */
public final class ReverseIndicatorLinear implements IndicatorRule {
    public static final String ID = "reverse";
    private final Scheme scheme;

    public ReverseIndicatorLinear(Scheme scheme) {
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
            // w × (1 − (B − A) / A) = w × (2A − B) / A: one division, one rounding
            score = Scores.ratio(weight.multiply(a.add(a).subtract(b)), a, weight, scheme);
            e = Explanation.of(Formula.REVERSE_LINEAR, weight, b, a, score);
        }
        return Scores.recomputed(i, weight, score, Scores.noteAssumption(e, i, op), ID);
    }
}
