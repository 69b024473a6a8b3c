package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.checks.VagueTarget;

/** A qualitative target that is a bare 提高 / 完善 / 有效 / 加强 instead of a measurable tier (a warning), as the re-check judges it. */
public final class VagueQualitativeTarget implements PerIndicatorCheck {
    public static final String CODE = "DECLARATION_VAGUE_TARGET";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public Finding find(DeclaredIndicator i, Place place, DeclarationContext ctx) {
        boolean vague = !i.target().isQuantitative() && VagueTarget.isVague(i.target().text());
        return vague ? Finding.of(CODE, Severity.WARNING, place, i.name(), i.target().text()) : null;
    }
}
