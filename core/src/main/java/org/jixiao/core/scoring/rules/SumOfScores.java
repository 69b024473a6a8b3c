package org.jixiao.core.scoring.rules;

import org.jixiao.core.scoring.Scheme;

/** The total is the execution score plus the scores of the indicators that count; never capped. */
public final class SumOfScores implements TotalRule {
    public static final String ID = "sum";
    private final Scheme scheme;

    public SumOfScores(Scheme scheme) {
        this.scheme = scheme;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Total total(Table t) {
        return new Total(Scores.round(t.budgetScore().add(t.scoreSum()), scheme), null);
    }
}
