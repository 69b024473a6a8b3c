package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.Category;

/**
 * A declaration without an 产出 or a 效益 indicator (an error: nothing to evaluate the money against), or without a
 * 满意度 indicator (an error where the project serves people, a warning otherwise).
 */
public final class ClassMissing implements DeclarationCheck {
    public static final String CODE = "DECLARATION_CLASS_MISSING";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        List<Category> present = ctx.declaration().indicators().stream().map(DeclaredIndicator::category).toList();
        if (!present.contains(Category.OUTPUT)) {
            out.add(Finding.of(CODE, "output", Severity.ERROR, Place.table(0)));
        }
        if (!present.contains(Category.BENEFIT)) {
            out.add(Finding.of(CODE, "benefit", Severity.ERROR, Place.table(0)));
        }
        if (!present.contains(Category.SATISFACTION)) {
            out.add(Finding.of(CODE, "satisfaction", ctx.rules().servesPeople() ? Severity.ERROR : Severity.WARNING,
                    Place.table(0)));
        }
    }
}
