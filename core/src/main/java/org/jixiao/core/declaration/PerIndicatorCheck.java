package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;

/** A declaration check that looks at one indicator at a time: at most one finding per indicator. */
interface PerIndicatorCheck extends DeclarationCheck {

    /** The finding on this indicator, or null. */
    Finding find(DeclaredIndicator indicator, Place place, DeclarationContext context);

    @Override
    default void check(DeclarationContext ctx, List<Finding> out) {
        List<DeclaredIndicator> all = ctx.declaration().indicators();
        for (int k = 0; k < all.size(); k++) {
            Finding f = find(all.get(k), ctx.placeOf(k), ctx);
            if (f != null) {
                out.add(f);
            }
        }
    }
}
