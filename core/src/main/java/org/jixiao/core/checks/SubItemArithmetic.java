package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.SubItem;

/**
 * The sub-items (子项) of the project's funds against their printed 合计, and that 合计 against the budget-use block
 * (预算数 against 年初预算数 + 调整数, 实际数 against 实际支付数). Compared at the coarser of the two printed
 * precisions: a 合计 of 2077.604168 agrees with 实际支付数 2077.6.
 */
public final class SubItemArithmetic implements Check {
    public static final String CODE = "ARITHMETIC_SUBITEMS";
    private static final String TOTAL_ROW = "合计";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        Funding funding = ctx.evaluation().funding();
        List<SubItem> items = funding.subItems();
        SubItem total = funding.subItemTotal();
        int line = total == null ? ctx.evaluation().line() : total.line();
        BigDecimal budgetSum = sum(items, SubItem::budget);
        BigDecimal actualSum = sum(items, SubItem::actual);
        if (total != null) {
            compare(ctx, Term.SUBITEM_BUDGET, total.budget(), budgetSum, line, "", out);
            compare(ctx, Term.SUBITEM_ACTUAL, total.actual(), actualSum, line, "", out);
        }
        BudgetUse use = funding.use();
        if (use == null || (total == null && items.isEmpty())) {
            return;
        }
        BigDecimal shownBudget = total != null && total.budget() != null ? total.budget() : budgetSum;
        BigDecimal shownActual = total != null && total.actual() != null ? total.actual() : actualSum;
        compare(ctx, Term.SUBITEM_BUDGET, shownBudget, use.available(), line, "use_budget", out);
        compare(ctx, Term.SUBITEM_ACTUAL, shownActual, use.paid(), line, "use_paid", out);
    }

    private static void compare(CheckContext ctx, Term column, BigDecimal printed, BigDecimal expected, int line,
                                String variant, List<Finding> out) {
        if (printed == null || expected == null) {
            return;
        }
        if (!Printed.agreeAtCoarser(printed, expected, ctx.scheme().rounding())) {
            out.add(Finding.of(CODE, variant, Severity.ERROR, Place.cell(TOTAL_ROW, column.zh(), line),
                    column, printed, expected));
        }
    }

    private static BigDecimal sum(List<SubItem> items, Function<SubItem, BigDecimal> value) {
        BigDecimal sum = null;
        for (SubItem s : items) {
            BigDecimal v = value.apply(s);
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }
}
