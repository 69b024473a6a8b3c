package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * A counted indicator scoring below its weight with no 偏差原因分析及改进措施. The score compared is the one the
 * table counts under the scheme, so a row printed at full marks that the rules mark down needs a reason too.
 */
public final class UnmetNoReason implements Check {
    public static final String CODE = "UNMET_NO_REASON";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            IndicatorScore s = ctx.score(k);
            if (!s.counts() || s.weight() == null || s.score() == null || i.hasDeviationReason()) {
                continue;
            }
            if (s.score().compareTo(s.weight()) < 0) {
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), i.name(), s.score(), s.weight()));
            }
        }
    }
}
