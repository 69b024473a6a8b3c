package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.rules.NestedPercentages;
import org.jixiao.core.scoring.rules.ScaledGroups;

/** The weights a table should carry under its scheme, and those it does carry. */
final class ExpectedWeights {
    private ExpectedWeights() {
    }

    /**
     * What the counted indicator weights should sum to: the scheme's total (90), shifted by any difference between
     * the execution weight the form prints and the scheme's default — some provinces print 20 for execution and
     * give the indicators 80, which is the same 100 split otherwise.
     */
    static BigDecimal indicatorTotal(CheckContext ctx) {
        Scheme scheme = ctx.scheme();
        BigDecimal total = scheme.indicatorWeightTotal();
        if (total == null || scheme.lists(NestedPercentages.ID)) {
            // nested percentages: the points add up to 100 inside each first level, checked per level
            return null;
        }
        Funding f = ctx.evaluation().funding();
        if (scheme.scoresBudget() && f.weight() != null && scheme.budgetExecution().defaultWeight() != null) {
            total = total.add(scheme.budgetExecution().defaultWeight()).subtract(f.weight());
        }
        return total;
    }

    /**
     * True where the scheme scales the printed groups into its indicator points and the table's weights add up to
     * the full mark instead (产出 60 + 效益 40 = 100, scaled into 80): that is the form, not a slip.
     */
    static boolean scaledIntoPoints(CheckContext ctx, BigDecimal counted) {
        Scheme scheme = ctx.scheme();
        return scheme.lists(ScaledGroups.ID) && scheme.maxTotal() != null && counted.compareTo(scheme.maxTotal()) == 0;
    }

    /** What a first level's weights should add up to: 100 under nested percentages, else the scheme's weight. */
    static BigDecimal categoryTotal(Scheme scheme, org.jixiao.core.evaluation.Category c) {
        BigDecimal w = scheme.categoryWeights().get(c);
        return w != null && scheme.lists(NestedPercentages.ID) ? BigDecimal.valueOf(100) : w;
    }

    /** Sum of the weights of the indicators that count; null when none carries a weight. */
    static BigDecimal countedSum(CheckContext ctx) {
        BigDecimal sum = null;
        for (IndicatorScore s : ctx.sheet().indicators()) {
            if (s.counts() && s.weight() != null) {
                sum = sum == null ? s.weight() : sum.add(s.weight());
            }
        }
        return sum;
    }

    /** The 三级 names of the counted indicators without a weight, joined for a message. */
    static String unweightedNames(CheckContext ctx) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < ctx.indicators().size(); k++) {
            IndicatorScore s = ctx.score(k);
            if (s.counts() && s.weight() == null) {
                names.add(ctx.indicators().get(k).name());
            }
        }
        return String.join("、", names);
    }
}
