package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Basis;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;

/** An indicator whose actual was not reported, or was excluded by an adjustment, carries no weight and no score. */
public final class NotReportedCarriesNoScore implements IndicatorRule {
    public static final String ID = "not-reported";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator indicator) {
        return !indicator.actual().isReported();
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        Formula f = i.actual().status() == ActualStatus.EXCLUDED ? Formula.EXCLUDED : Formula.NOT_REPORTED;
        String reason = i.actual().reason() == null || i.actual().reason().isBlank() ? "—" : i.actual().reason();
        return new IndicatorScore(null, i.reportedScore(), null, Basis.NOT_COUNTED, Explanation.of(f, reason), ID);
    }
}
