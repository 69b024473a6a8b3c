package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * A quantitative indicator whose actual is missing, not a number, or only restates the target ({@code >=90%} as
 * the actual of {@code >=90%}) cannot be scored by rule: the printed score is kept, and the checks raise a finding.
 */
public final class UnscorableKeepsReported implements IndicatorRule {
    public static final String ID = "unscorable";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        return i.target().isQuantitative() && !i.actual().isScorableAgainst(i.target());
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        Actual a = i.actual();
        BigDecimal printed = i.reportedScore() == null ? BigDecimal.ZERO : i.reportedScore();
        Explanation e;
        if (a.isEmpty()) {
            e = Explanation.of(Formula.KEPT_NO_ACTUAL, printed);
        } else if (a.restates(i.target())) {
            e = Explanation.of(Formula.KEPT_RESTATES_TARGET, a.text(), printed);
        } else {
            e = Explanation.of(Formula.KEPT_NOT_NUMERIC, a.text(), printed);
        }
        return Scores.kept(i, weight, e, ID);
    }
}
