package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * An actual that is missing and not explained: a row marked not reported (or excluded) without its mandatory
 * reason, or a reported row whose 实际完成值 is empty, 无 or a dash with no deviation reason. Either way the score
 * has nothing behind it.
 */
public final class ActualMissingNoReason implements Check {
    public static final String CODE = "ACTUAL_MISSING_NO_REASON";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            Actual a = i.actual();
            if (!a.isReported()) {
                if (Text.isBlank(a.reason()) && !i.hasDeviationReason()) {
                    out.add(Finding.of(CODE, Severity.ERROR, ctx.placeOf(k), i.name()));
                }
            } else if (isMissing(a) && !i.hasDeviationReason() && !ActualBlankOnForm.scoredAsBlank(ctx, k)) {
                out.add(Finding.of(CODE, "empty", Severity.ERROR, ctx.placeOf(k), i.name(),
                        a.isEmpty() ? "—" : a.text(), i.reportedScore()));
            }
        }
    }

    /** Nothing measured: an empty cell, 无, or one of the dashes tables print for "nothing". */
    static boolean isMissing(Actual a) {
        return a.value() == null && (a.isEmpty() || Numbers.isBlankMark(a.text()) || Text.key(a.text()).equals("无"));
    }
}
