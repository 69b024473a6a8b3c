package org.jixiao.core.declaration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;

/** Fewer quantitative indicators than the region's least share (a warning; only where the region sets one). */
public final class QuantitativeShareLow implements DeclarationCheck {
    public static final String CODE = "DECLARATION_QUANTITATIVE_SHARE";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(DeclarationContext ctx, List<Finding> out) {
        BigDecimal least = ctx.rules().minQuantitativeSharePct();
        List<DeclaredIndicator> all = ctx.declaration().indicators();
        if (least == null || all.isEmpty()) {
            return;
        }
        long quantitative = all.stream().filter(i -> i.target().isQuantitative()).count();
        BigDecimal share = BigDecimal.valueOf(quantitative * 100).divide(BigDecimal.valueOf(all.size()), 2, RoundingMode.HALF_UP);
        if (share.compareTo(least) < 0) {
            out.add(Finding.of(CODE, Severity.WARNING, Place.table(0), share, least, quantitative, all.size()));
        }
    }
}
