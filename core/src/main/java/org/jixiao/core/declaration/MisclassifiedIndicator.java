package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Misclassified;

/** An indicator filed under the wrong class, judged as the re-check judges it (warnings, code MISCLASSIFIED). */
public final class MisclassifiedIndicator implements DeclarationCheck {

    @Override
    public List<String> codes() {
        return List.of(Misclassified.CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        List<DeclaredIndicator> all = ctx.declaration().indicators();
        for (int k = 0; k < all.size(); k++) {
            Finding f = Misclassified.of(all.get(k).asIndicator(null), ctx.placeOf(k));
            if (f != null) {
                out.add(f);
            }
        }
    }
}
