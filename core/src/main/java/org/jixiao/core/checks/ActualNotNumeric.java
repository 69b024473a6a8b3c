package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;

/**
 * A quantitative target (a number to reach) whose actual holds no number the rules can score: "已完成" against
 * {@code >=10个}. The printed score is kept; the reviewer needs the measured figure. An actual that holds figures
 * in a sentence ("运维291个，建设110个") gets its own message: the figures are there but not as one number.
 */
public final class ActualNotNumeric implements Check {
    public static final String CODE = "ACTUAL_NOT_NUMERIC";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            Actual a = i.actual();
            if (!i.target().isQuantitative() || !a.isReported() || a.value() != null || ActualMissingNoReason.isMissing(a)) {
                continue;
            }
            String variant = a.text().chars().anyMatch(Character::isDigit) ? "compound" : "";
            out.add(Finding.of(CODE, variant, Severity.WARNING, ctx.placeOf(k), i.name(), a.text(),
                    i.target().toString(), i.reportedScore()));
        }
    }
}
