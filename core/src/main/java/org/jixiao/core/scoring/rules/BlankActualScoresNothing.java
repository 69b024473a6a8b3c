package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Basis;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/**
 * On a form being filled in jixiao, a row whose actual is still blank scores 0 of its weight until it is filled.
 * Keeping the printed score ({@link UnscorableKeepsReported}) is for published tables, whose figures jixiao did not
 * make; a form's figures are jixiao's own, so an empty actual cannot earn anything. Not a scheme rule: the
 * {@link org.jixiao.core.scoring.Scorer} for forms tries it first.
 */
public final class BlankActualScoresNothing implements IndicatorRule {
    public static final String ID = "blank-actual";
    private final Scheme scheme;

    public BlankActualScoresNothing(Scheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        return i.actual().isReported() && i.actual().isEmpty();
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        return new IndicatorScore(weight, i.reportedScore(), Scores.round(BigDecimal.ZERO, scheme), Basis.RECOMPUTED,
                Explanation.of(Formula.BLANK_ACTUAL, weight), ID);
    }
}
