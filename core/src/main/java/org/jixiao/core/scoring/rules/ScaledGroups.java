package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.Scheme;

/**
 * The indicator groups are printed with totals of their own (产出 60, 效益 40) and scaled into the share of the
 * total the scheme gives the indicators (80 when execution takes 20): each group counts its score × its share of
 * the points / its printed points, which over all groups is Σ score × points / Σ weight. A table whose weights
 * already add up to the points is not changed.
 */
public final class ScaledGroups implements TotalRule {
    public static final String ID = "scaled-groups";
    private final Scheme scheme;
    private final BigDecimal points;
    private final SumOfScores sum;

    public ScaledGroups(Scheme scheme) {
        if (scheme.scaledGroups() == null || scheme.scaledGroups().points() == null) {
            throw SchemeOptionMissing.of(scheme, ID, "scaledGroups.points");
        }
        this.scheme = scheme;
        this.points = scheme.scaledGroups().points();
        this.sum = new SumOfScores(scheme);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Total total(Table t) {
        if (t.weightSum().signum() <= 0 || t.weightSum().compareTo(points) == 0) {
            return sum.total(t);
        }
        BigDecimal budget = t.budgetScore();
        // budget + Σs × P / Σw as one division: (budget × Σw + Σs × P) / Σw
        BigDecimal total = budget.multiply(t.weightSum()).add(t.scoreSum().multiply(points))
                .divide(t.weightSum(), scheme.scale(), scheme.rounding());
        return new Total(total, Explanation.of(Formula.TOTAL_SCALED_GROUPS, Scores.round(t.scoreSum(), scheme),
                t.weightSum(), points, Scores.round(budget, scheme), total));
    }
}
