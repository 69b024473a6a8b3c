package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;

/** An indicator without its 评（扣）分标准, where the region asks for one on every indicator (a warning). */
public final class StandardMissing implements PerIndicatorCheck {
    public static final String CODE = "DECLARATION_STANDARD_MISSING";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public Finding find(DeclaredIndicator i, Place place, DeclarationContext ctx) {
        boolean missing = ctx.rules().standardRequired() && i.standard().isEmpty();
        return missing ? Finding.of(CODE, Severity.WARNING, place, i.name()) : null;
    }
}
