package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Indicator;

/**
 * An actual that repeats its target instead of measuring anything: {@code >=90%} as the actual of a satisfaction
 * survey whose target is {@code >=90%}. The printed score is kept, but nothing supports it.
 */
public final class ActualRestatesTarget implements Check {
    public static final String CODE = "ACTUAL_RESTATES_TARGET";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            if (i.actual().isReported() && i.actual().restates(i.target())) {
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), i.name(), i.actual().text(),
                        i.target().toString(), i.reportedScore()));
            }
        }
    }
}
