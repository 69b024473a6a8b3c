package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.text.Text;

/** The printed 自评等级 against the grade the scheme's bands give the recomputed total. Grades are computed, never typed. */
public final class GradeArithmetic implements Check {
    public static final String CODE = "ARITHMETIC_GRADE";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        String printed = ctx.evaluation().reportedGrade();
        String computed = ctx.sheet().grade();
        if (Text.isBlank(printed) || computed == null) {
            return;
        }
        if (!Text.key(printed).equals(Text.key(computed))) {
            out.add(Finding.of(CODE, Severity.ERROR, Place.cell("自评等级", null, ctx.evaluation().line()),
                    Text.clean(printed), computed, ctx.sheet().total()));
        }
    }
}
