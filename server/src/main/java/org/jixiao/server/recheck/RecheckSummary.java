package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.evaluation.EvaluationStatus;

/**
 * A department's or region's tables at a glance. Amounts of tables printed in 元 and in 万元 are converted exactly
 * to the one declared unit, summed, and only the sums rounded (HALF_UP, 2 decimals); so are the means.
 *
 * @param statuses    tables per workflow status, every status listed
 * @param grades      tables per grade, 优 良 中 差 first, then any other, "" for tables with no grade
 * @param budget      the sum of the tables' budgets in {@code unit}; null when no table states one
 * @param meanRatePct the mean of the tables' execution rates, over the tables that have one
 * @param ratePct     the execution rate of the tables together, executed ÷ budget (core's TableAmounts, as the
 *                    command line's audit gives it)
 * @param unmet       counted indicators scoring below their weight, over all tables
 * @param meanGap     the mean |self − re-checked (else recomputed) total|, over the tables that have both
 * @param gaps        tables per gap bin (see {@link GapHistogram})
 */
public record RecheckSummary(int tables, Map<EvaluationStatus, Integer> statuses, Map<String, Integer> grades,
                             CurrencyUnit unit, BigDecimal budget, BigDecimal executed, BigDecimal meanRatePct, int unmet,
                             BigDecimal meanGap, Map<String, Integer> gaps, BigDecimal ratePct) {
    static final List<String> GRADES = List.of("优", "良", "中", "差");

    /** The largest grade count, for scaling the bars of the distribution (at least 1). */
    public int mostInOneGrade() {
        return Math.max(1, grades.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }

    /** The largest count of one gap bin, for scaling the bars of the histogram (at least 1). */
    public int mostInOneGap() {
        return Math.max(1, gaps.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }
}
