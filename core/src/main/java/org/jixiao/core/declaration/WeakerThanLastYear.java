package org.jixiao.core.declaration;

import java.util.List;
import java.util.Map;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Text;

/**
 * Against last year's declaration of the same project: an indicator dropped, or a target made easier (a lower
 * {@code ≥} target, a higher {@code ≤} one). Notices: there may be good reasons, but a reviewer asks.
 */
public final class WeakerThanLastYear implements DeclarationCheck {
    public static final String CODE = "DECLARATION_WEAKER_THAN_LAST_YEAR";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        if (ctx.lastYear() == null) {
            return;
        }
        List<DeclaredIndicator> now = ctx.declaration().indicators();
        Map<String, Integer> byName = new java.util.HashMap<>();
        for (int k = 0; k < now.size(); k++) {
            byName.putIfAbsent(Text.key(now.get(k).name()), k);
        }
        for (DeclaredIndicator before : ctx.lastYear().indicators()) {
            Integer k = byName.get(Text.key(before.name()));
            if (k == null) {
                out.add(Finding.of(CODE, "dropped", Severity.NOTICE, Place.table(0), before.name(), before.target().text()));
            } else if (easier(now.get(k).target(), before.target())) {
                out.add(Finding.of(CODE, "lowered", Severity.NOTICE, ctx.placeOf(k), before.name(),
                        before.target().text(), now.get(k).target().text()));
            }
        }
    }

    private static boolean easier(Target now, Target before) {
        if (!now.isQuantitative() || !before.isQuantitative() || !Text.key(now.unit()).equals(Text.key(before.unit()))) {
            return false;
        }
        int c = now.value().compareTo(before.value());
        Operator op = now.operator();
        boolean atMost = op == Operator.LE || op == Operator.LT;
        return atMost ? c > 0 : c < 0;
    }
}
