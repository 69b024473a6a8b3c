package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;

/** An indicator without its 评（扣）分标准, where the region asks for one on every indicator (a warning). */
public final class StandardMissing implements DeclarationCheck {
    public static final String CODE = "DECLARATION_STANDARD_MISSING";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        if (!ctx.rules().standardRequired()) {
            return;
        }
        List<DeclaredIndicator> all = ctx.declaration().indicators();
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).standard().isEmpty()) {
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), all.get(k).name()));
            }
        }
    }
}
