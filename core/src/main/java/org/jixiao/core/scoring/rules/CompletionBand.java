package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/**
 * Banded scoring on the completion rate c = 100 × B / A (for a ceiling: 100 when B ≤ A, else 100 × A / B), as
 * Suzhou scores 产出, 效益 and 满意度: full marks from the lower bound to the category's upper bound; each point
 * below deducts a share of the weight, each point above a smaller share; never below 0.
 */
public final class CompletionBand implements IndicatorRule {
    public static final String ID = "completion-band";
    private final Scheme scheme;
    private final Scheme.CompletionBands bands;

    public CompletionBand(Scheme scheme) {
        if (scheme.completionBands() == null) {
            throw new IllegalArgumentException("scheme " + scheme.id() + " lists rule " + ID + " but has no completionBands");
        }
        this.scheme = scheme;
        this.bands = scheme.completionBands();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        return i.target().isQuantitative() && i.actual().isScorableAgainst(i.target()) && i.target().value().signum() > 0;
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        BigDecimal a = i.target().value();
        BigDecimal b = Scores.nonNegative(i.actual().value());
        Operator op = Scores.effectiveOperator(i, scheme);
        BigDecimal c;
        if (op.isReverse()) {
            c = b.compareTo(a) <= 0 ? Scores.HUNDRED : Scores.HUNDRED.multiply(a).divide(b, Scores.INTERMEDIATE);
        } else {
            c = Scores.HUNDRED.multiply(b).divide(a, Scores.INTERMEDIATE);
        }
        BigDecimal lower = bands.lower();
        BigDecimal upper = bands.upperFor(i.category());
        BigDecimal shownC = c.setScale(2, scheme.rounding()).stripTrailingZeros();
        BigDecimal score;
        Explanation e;
        if (c.compareTo(lower) < 0) {
            BigDecimal share = Scores.HUNDRED.subtract(lower.subtract(c).multiply(bands.deductBelowPct()));
            score = Scores.ratio(weight.multiply(share), Scores.HUNDRED, weight, scheme);
            e = Explanation.of(Formula.BAND_BELOW, shownC, lower, bands.deductBelowPct(), weight, score);
        } else if (c.compareTo(upper) > 0) {
            BigDecimal share = Scores.HUNDRED.subtract(c.subtract(upper).multiply(bands.deductAbovePct()));
            score = Scores.ratio(weight.multiply(share), Scores.HUNDRED, weight, scheme);
            e = Explanation.of(Formula.BAND_ABOVE, shownC, upper, bands.deductAbovePct(), weight, score);
        } else {
            score = Scores.full(weight, scheme);
            e = Explanation.of(Formula.BAND_FULL, shownC, lower, upper, score);
        }
        return Scores.recomputed(i, weight, score, Scores.noteAssumption(e, i, op), ID);
    }
}
