package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.scoring.rules.BlankActualScoresNothing;

/**
 * A row of a form being filled whose actual is still blank: it scores 0 until it is filled
 * ({@link BlankActualScoresNothing}), and the form is not ready to be submitted. Raised only where the form scorer
 * scored the row so; a published table's empty actual is {@link ActualMissingNoReason}'s.
 */
public final class ActualBlankOnForm implements Check {
    public static final String CODE = "ACTUAL_BLANK";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        for (int k = 0; k < ctx.indicators().size(); k++) {
            if (scoredAsBlank(ctx, k)) {
                out.add(Finding.of(CODE, Severity.ERROR, ctx.placeOf(k), ctx.indicators().get(k).name(), ctx.score(k).weight()));
            }
        }
    }

    static boolean scoredAsBlank(CheckContext ctx, int k) {
        return BlankActualScoresNothing.ID.equals(ctx.score(k).rule());
    }
}
