package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/**
 * A department-wide common indicator scored by deduction: full marks at or under its threshold, minus so many
 * points per percentage point over it, never below 0 (在职人员控制率 5 points, −0.5 per point over 100 %:
 * 105 % → 5 − 0.5 × 5 = 2.50; 三公经费变动率 8 points, −0.8 per point over 0). The actual is taken as printed,
 * sign included: a fall in 三公经费 is a negative change and scores full marks.
 */
public final class DeductionPerPoint implements IndicatorRule {
    public static final String ID = "deduction-per-point";
    private final Scheme scheme;
    private final CommonIndicators tree;

    public DeductionPerPoint(Scheme scheme) {
        this.scheme = scheme;
        this.tree = new CommonIndicators(scheme.commonIndicators().stream().filter(c -> c.deduction() != null).toList());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        return i.actual().isReported() && i.actual().value() != null && tree.find(i) != null;
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        Scheme.Deduction d = tree.find(i).deduction();
        BigDecimal b = i.actual().value();
        BigDecimal over = b.subtract(d.threshold());
        if (over.signum() <= 0) {
            BigDecimal full = Scores.full(weight, scheme);
            return Scores.recomputed(i, weight, full, Explanation.of(Formula.DEDUCTION_WITHIN, b, d.threshold(), full), ID);
        }
        BigDecimal score = Scores.clamp(weight.subtract(d.perPoint().multiply(over)), weight, scheme);
        return Scores.recomputed(i, weight, score,
                Explanation.of(Formula.DEDUCTION_PER_POINT, b, d.threshold(), over, weight, d.perPoint(), score), ID);
    }
}
