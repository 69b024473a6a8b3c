package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;

/** No 年度目标, or no 中期目标 for a project that runs longer than a year (errors). */
public final class GoalMissing implements DeclarationCheck {
    public static final String CODE = "DECLARATION_GOAL_MISSING";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        Declaration d = ctx.declaration();
        if (d.goals().annual().isEmpty()) {
            out.add(Finding.of(CODE, "annual", Severity.ERROR, Place.cell("年度目标", "目标", 0)));
        }
        if (d.header().isMultiYear() && d.goals().midterm().isEmpty()) {
            out.add(Finding.of(CODE, "midterm", Severity.ERROR, Place.cell("中期目标", "目标", 0),
                    d.header().firstYear(), d.header().lastYear()));
        }
    }
}
