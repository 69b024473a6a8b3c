package org.jixiao.core.scoring.rules;

import org.jixiao.core.scoring.Scheme;

/**
 * No fixed first-level split: the indicator weights are the unit's to set, and only their sum is held to the
 * scheme's {@code indicatorWeightTotal} (Sichuan: 90, e.g. 产出 60 + 效益 30 with no 满意度, or 4 × 22.5). The total is
 * the plain sum; what the rule changes is what the weights are checked against, so a scheme naming it may not also
 * fix {@code categoryWeights}.
 */
public final class FreeWeightsWithinTotal implements TotalRule {
    public static final String ID = "free-weights";
    private final SumOfScores sum;

    public FreeWeightsWithinTotal(Scheme scheme) {
        this.sum = new SumOfScores(scheme);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Total total(Table t) {
        return sum.total(t);
    }
}
