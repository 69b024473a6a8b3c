package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.Scheme;

/**
 * Not-applicable indicators are left out and the total rescaled to full marks (pre-2020 central notes):
 * total = Σ score / Σ applicable weight × full marks, execution included on both sides (80 of the 90 applicable
 * points → 80 / 90 × 100 = 88.89). Only a table with an indicator left out is rescaled: where every indicator
 * counts, rescaling would hide weights that do not add up to full marks, which the checks must see.
 */
public final class RescaleForNotApplicable implements TotalRule {
    public static final String ID = "rescale-not-applicable";
    private final Scheme scheme;
    private final SumOfScores sum;

    public RescaleForNotApplicable(Scheme scheme) {
        this.scheme = scheme;
        this.sum = new SumOfScores(scheme);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Total total(Table t) {
        BigDecimal points = t.budgetScore().add(t.scoreSum());
        BigDecimal applicable = t.budgetWeight().add(t.weightSum());
        if (!t.anyExcluded() || applicable.signum() <= 0) {
            return sum.total(t);
        }
        BigDecimal total = points.multiply(scheme.maxTotal()).divide(applicable, scheme.scale(), scheme.rounding());
        return new Total(total, Explanation.of(Formula.TOTAL_RESCALED, Scores.round(points, scheme), applicable,
                scheme.maxTotal(), total));
    }
}
