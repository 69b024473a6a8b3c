package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * The band is decided by multiplying out c = 100 × N / D (N / D = B / A, or A / B for a missed ceiling) against
     * the bounds, and a missed band's score is one division, w × (100·D − (lower·D − 100·N) × p) / (100·D) with p the
     * deduction per point: exact, where a divided-out rate would be rounded, and with no division at all for the
     * many rows within the band.
     */
    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        BigDecimal a = i.target().value();
        BigDecimal b = Scores.nonNegative(i.actual().value());
        Operator op = Scores.effectiveOperator(i, scheme);
        BigDecimal n;
        BigDecimal d;
        if (!op.isReverse()) {
            n = b;
            d = a;
        } else if (b.compareTo(a) <= 0) {
            n = BigDecimal.ONE;
            d = BigDecimal.ONE;
        } else {
            n = a;
            d = b;
        }
        BigDecimal hundredN = Scores.HUNDRED.multiply(n);
        BigDecimal lower = bands.lower();
        BigDecimal upper = bands.upperFor(i.category());
        BigDecimal lowerD = lower.multiply(d);
        BigDecimal upperD = upper.multiply(d);
        BigDecimal score;
        Explanation e;
        if (hundredN.compareTo(lowerD) < 0) {
            BigDecimal off = lowerD.subtract(hundredN).multiply(bands.deductBelowPct());
            score = missed(weight, d, off);
            e = Explanation.of(Formula.BAND_BELOW, new Rate(hundredN, d, scheme.rounding()), lower, bands.deductBelowPct(), weight, score);
        } else if (hundredN.compareTo(upperD) > 0) {
            BigDecimal off = hundredN.subtract(upperD).multiply(bands.deductAbovePct());
            score = missed(weight, d, off);
            e = Explanation.of(Formula.BAND_ABOVE, new Rate(hundredN, d, scheme.rounding()), upper, bands.deductAbovePct(), weight, score);
        } else {
            score = Scores.full(weight, scheme);
            e = Explanation.of(Formula.BAND_FULL, new Rate(hundredN, d, scheme.rounding()), lower, upper, score);
        }
        return Scores.recomputed(i, weight, score, Scores.noteAssumption(e, i, op), ID);
    }

    /** w × (100·D − off) / (100·D), where off is the points missed times D times the deduction per point. */
    private BigDecimal missed(BigDecimal weight, BigDecimal d, BigDecimal off) {
        BigDecimal hundredD = Scores.HUNDRED.multiply(d);
        return Scores.ratio(weight.multiply(hundredD.subtract(off)), hundredD, weight, scheme);
    }

    /**
     * The completion rate 100·N / D as the explanation shows it (2 decimals, no trailing zeros), divided out only
     * when the explanation is rendered.
     */
    record Rate(BigDecimal hundredN, BigDecimal d, RoundingMode rounding) {
        @Override
        public String toString() {
            return hundredN.divide(d, 2, rounding).stripTrailingZeros().toPlainString();
        }
    }
}
