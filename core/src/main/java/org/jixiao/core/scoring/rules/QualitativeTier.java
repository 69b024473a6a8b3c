package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * A qualitative indicator (a target in words) is scored by the unit within the tiers of the scheme
 * (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 % of the weight): the printed score stands, and the checks see that
 * it lies in [0, weight].
 */
public final class QualitativeTier implements IndicatorRule {
    public static final String ID = "qualitative-tier";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator indicator) {
        return !indicator.target().isQuantitative();
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        BigDecimal printed = i.reportedScore() == null ? BigDecimal.ZERO : i.reportedScore();
        Explanation e = i.target().text().isEmpty()
                ? Explanation.of(Formula.KEPT_NO_TARGET, printed)
                : Explanation.of(Formula.QUALITATIVE_KEPT, printed, weight);
        return Scores.kept(i, weight, e, ID);
    }
}
