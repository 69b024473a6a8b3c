package org.jixiao.core.declaration;

import java.math.BigDecimal;

/**
 * The options of the declaration checks, which regions set differently (lifecycle §1). No official figure was found
 * for the share of quantitative indicators, so it has no default.
 *
 * @param servesPeople            the project serves people: a missing 满意度 indicator is an error, not a warning
 * @param minQuantitativeSharePct the least share of quantitative indicators, in percent; null for no such check
 * @param standardRequired        every indicator needs its 评（扣）分标准
 */
public record DeclarationRules(boolean servesPeople, BigDecimal minQuantitativeSharePct, boolean standardRequired) {

    public static DeclarationRules defaults() {
        return new DeclarationRules(false, null, false);
    }
}
