package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Basis;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/**
 * The weighted template (Hebei county forms, 2020): each indicator is scored out of full marks (100) by the other
 * rules, then counts that score × its weight % as its 折算得分. Both figures are shown, each rounded once.
 */
public final class ConvertedByWeightPercent {
    public static final String ID = "weighted-conversion";
    private final Scheme scheme;
    private final BigDecimal fullMarks;

    public ConvertedByWeightPercent(Scheme scheme) {
        if (scheme.weightedConversion() == null || scheme.weightedConversion().fullMarks() == null
                || scheme.weightedConversion().fullMarks().signum() <= 0) {
            throw SchemeOptionMissing.of(scheme, ID, "weightedConversion.fullMarks");
        }
        this.scheme = scheme;
        this.fullMarks = scheme.weightedConversion().fullMarks();
    }

    /** What the indicator is scored out of before conversion. */
    public BigDecimal fullMarks() {
        return fullMarks;
    }

    /** The raw score (out of full marks) converted by the weight %: raw × weight / full marks. */
    public IndicatorScore convert(Indicator i, BigDecimal weight, IndicatorScore raw) {
        if (raw.basis() != Basis.RECOMPUTED || raw.score() == null) {
            return new IndicatorScore(raw.basis() == Basis.NOT_COUNTED ? null : weight, raw.reportedScore(),
                    raw.score(), raw.basis(), raw.explanation(), raw.rule());
        }
        BigDecimal converted = Scores.ratio(raw.score().multiply(weight), fullMarks, weight, scheme);
        Explanation e = Explanation.of(Formula.WEIGHTED_CONVERSION, raw.explanation(), raw.score(), weight, converted);
        return new IndicatorScore(weight, i.reportedScore(), converted, Basis.RECOMPUTED, e, raw.rule());
    }
}
