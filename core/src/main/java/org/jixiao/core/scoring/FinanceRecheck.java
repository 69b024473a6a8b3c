package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The finance reviewer's re-check (复核) of a scored table and the total it gives — the one place that total is
 * computed. Each indicator row, and the budget-execution row, may be given a re-check score, or a deduction
 * (扣分, taken off the row's 分值, never below 0); rows not re-checked count as scored.
 */
public final class FinanceRecheck {
    private FinanceRecheck() {
    }

    /** The re-check of one row: a score, or a deduction, or neither. */
    public record Entry(BigDecimal score, BigDecimal deduction) {
        public static final Entry NONE = new Entry(null, null);

        boolean isGiven() {
            return score != null || deduction != null;
        }

        /** The row's re-checked score, or null when this entry re-checks nothing (or a deduction has no weight to come off). */
        BigDecimal of(BigDecimal weight) {
            if (score != null) {
                return score;
            }
            return deduction != null && weight != null ? weight.subtract(deduction).max(BigDecimal.ZERO) : null;
        }
    }

    /**
     * The total after the re-check, or null when no row was re-checked.
     *
     * @param indicators the re-check of each indicator, in the sheet's order (shorter lists leave the rest as scored)
     * @param budget     the re-check of the budget-execution row
     */
    public static BigDecimal total(ScoreSheet sheet, Scheme scheme, List<Entry> indicators, Entry budget) {
        BigDecimal total = sheet.total() == null ? BigDecimal.ZERO : sheet.total();
        boolean any = false;
        for (int k = 0; k < Math.min(indicators.size(), sheet.indicators().size()); k++) {
            IndicatorScore s = sheet.indicators().get(k);
            BigDecimal rechecked = indicators.get(k).of(s.weight());
            if (rechecked != null) {
                any = true;
                total = total.subtract(s.score() == null ? BigDecimal.ZERO : s.score()).add(rechecked);
            }
        }
        BudgetScore b = sheet.budget();
        BigDecimal budgetRechecked = budget == null || b == null ? null : budget.of(b.weight());
        if (budgetRechecked != null) {
            any = true;
            total = total.subtract(b.score() == null ? BigDecimal.ZERO : b.score()).add(budgetRechecked);
        }
        return any ? total.setScale(scheme.scale(), scheme.rounding()) : null;
    }

    /** What the table stands at: the re-checked total and its grade where any row was re-checked, else the sheet's. */
    public static FinalResult result(ScoreSheet sheet, Scheme scheme, List<Entry> indicators, Entry budget) {
        BigDecimal rechecked = total(sheet, scheme, indicators, budget);
        return rechecked == null ? new FinalResult(sheet.total(), sheet.grade(), FinalResult.Source.SELF)
                : new FinalResult(rechecked, Grade.of(rechecked, scheme), FinalResult.Source.RECHECK);
    }
}
