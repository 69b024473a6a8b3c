package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.checks.VagueTarget;

/** A qualitative target that is a bare 提高 / 完善 / 有效 / 加强 instead of a measurable tier (a warning), as the re-check judges it. */
public final class VagueQualitativeTarget implements DeclarationCheck {
    public static final String CODE = "DECLARATION_VAGUE_TARGET";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        List<DeclaredIndicator> all = ctx.declaration().indicators();
        for (int k = 0; k < all.size(); k++) {
            DeclaredIndicator i = all.get(k);
            if (!i.target().isQuantitative() && VagueTarget.isVague(i.target().text())) {
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), i.name(), i.target().text()));
            }
        }
    }
}
