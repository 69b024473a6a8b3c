package org.jixiao.core.declaration;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Misclassified;
import org.jixiao.core.checks.Place;

/** An indicator filed under the wrong class, judged as the re-check judges it (warnings, code MISCLASSIFIED). */
public final class MisclassifiedIndicator implements PerIndicatorCheck {

    @Override
    public List<String> codes() {
        return List.of(Misclassified.CODE);
    }

    @Override
    public Finding find(DeclaredIndicator i, Place place, DeclarationContext ctx) {
        return Misclassified.of(i.asIndicator(null), place);
    }
}
