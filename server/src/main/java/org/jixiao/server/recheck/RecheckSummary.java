package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.CurrencyUnit;

/**
 * A department's or region's tables at a glance. Amounts of tables printed in 元 and in 万元 are converted exactly
 * to the one declared unit, summed, and only the sums rounded (HALF_UP, 2 decimals); so is the mean rate.
 *
 * @param grades      tables per grade, 优 良 中 差 first, then any other, "" for tables with no grade
 * @param budget      the sum of the tables' budgets in {@code unit}; null when no table states one
 * @param meanRatePct the mean of the tables' execution rates, over the tables that have one
 * @param unmet       counted indicators scoring below their weight, over all tables
 */
public record RecheckSummary(int tables, Map<String, Integer> grades, CurrencyUnit unit, BigDecimal budget,
                             BigDecimal executed, BigDecimal meanRatePct, int unmet) {
    static final List<String> GRADES = List.of("优", "良", "中", "差");

    static RecheckSummary of(List<Assessed> tables, CurrencyUnit unit) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        GRADES.forEach(g -> grades.put(g, 0));
        BigDecimal budget = null;
        BigDecimal executed = null;
        BigDecimal rates = BigDecimal.ZERO;
        int rated = 0;
        int unmet = 0;
        for (Assessed a : tables) {
            String grade = a.scored().sheet().grade();
            grades.merge(grade == null ? "" : grade, 1, Integer::sum);
            TableAmounts amounts = a.amounts().in(unit);
            budget = add(budget, amounts.budget());
            executed = add(executed, amounts.executed());
            BigDecimal rate = a.ratePct();
            if (rate != null) {
                rates = rates.add(rate);
                rated++;
            }
            unmet += a.unmet();
        }
        BigDecimal mean = rated == 0 ? null : rates.divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
        return new RecheckSummary(tables.size(), grades, unit, RecheckRow.two(budget), RecheckRow.two(executed), mean, unmet);
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal d) {
        return d == null ? sum : sum == null ? d : sum.add(d);
    }

    /** The largest grade count, for scaling the bars of the distribution (at least 1). */
    public int mostInOneGrade() {
        return Math.max(1, grades.values().stream().mapToInt(Integer::intValue).max().orElse(1));
    }
}
