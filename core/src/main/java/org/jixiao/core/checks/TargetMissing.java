package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;

/** A counted row with no 年度指标值 at all: nothing to measure the actual against, so the printed score is kept. */
public final class TargetMissing implements Check {
    public static final String CODE = "TARGET_MISSING";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            if (i.actual().isReported() && !i.target().isQuantitative() && i.target().text().isBlank()) {
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), i.name(), i.reportedScore()));
            }
        }
    }
}
