package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * A numeric target printed without 指标性质 was scored as {@code >=}, or as {@code <=} where the name says lower is
 * better (故障, 投诉, 成本 …). The reader should know which was assumed and correct the table if it was wrong.
 */
public final class OperatorAssumed implements Check {
    public static final String CODE = "OPERATOR_ASSUMED";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            IndicatorScore s = ctx.score(k);
            Operator assumed = s.explanation() == null ? null : s.explanation().assumed();
            if (assumed == null) {
                continue;
            }
            Indicator i = ctx.indicators().get(k);
            out.add(Finding.of(CODE, assumed.isReverse() ? "reverse" : "", Severity.NOTICE, ctx.placeOf(k),
                    i.name(), i.target().toString(), assumed.isReverse() ? "≤" : "≥"));
        }
    }
}
