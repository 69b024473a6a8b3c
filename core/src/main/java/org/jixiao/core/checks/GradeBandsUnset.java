package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.text.Text;

/**
 * The scheme publishes no grade bands (Suzhou's 80-point form): no grade is computed rather than one invented, and
 * a printed grade cannot be verified. Said once per table so the absence is never mistaken for a pass.
 */
public final class GradeBandsUnset implements Check {
    public static final String CODE = "GRADE_BANDS_UNSET";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        if (ctx.scheme().hasGradeBands()) {
            return;
        }
        Term scheme = new Term(ctx.scheme().displayName("zh"), ctx.scheme().displayName("en"));
        String printed = ctx.evaluation().reportedGrade();
        Place place = Place.cell("自评等级", null, ctx.evaluation().line());
        if (Text.isBlank(printed)) {
            out.add(Finding.of(CODE, Severity.NOTICE, place, scheme));
        } else {
            out.add(Finding.of(CODE, "printed", Severity.NOTICE, place, scheme, Text.clean(printed)));
        }
    }
}
