package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * A table's budget and spending in its own declared unit: the national funding block's total row (全年预算数, or
 * 年初预算数 where the adjusted budget is empty, and 全年执行数), or Suzhou's budget use (年初预算数 + 调整数, 实际支付数).
 */
public record TableAmounts(BigDecimal budget, BigDecimal executed, CurrencyUnit unit) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static TableAmounts of(SelfEvaluation form) {
        CurrencyUnit unit = form.header().amountUnit();
        FundingRow total = form.funding().effectiveTotal();
        if (total != null && (total.annual() != null || total.initial() != null || total.executed() != null)) {
            return new TableAmounts(total.annual() != null ? total.annual() : total.initial(), total.executed(), unit);
        }
        BudgetUse use = form.funding().use();
        return use == null ? new TableAmounts(null, null, unit) : new TableAmounts(use.available(), use.paid(), unit);
    }

    /** These amounts and another table's, in this unit; a missing amount adds nothing. */
    public TableAmounts plus(TableAmounts other) {
        TableAmounts o = other.in(unit);
        return new TableAmounts(add(budget, o.budget), add(executed, o.executed), unit);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    public TableAmounts in(CurrencyUnit other) {
        return new TableAmounts(unit.convert(budget, other), unit.convert(executed, other), other);
    }

    /**
     * 执行数 / 预算数 in percent, unrounded (to 10 places) so a mean of rates is rounded only once, when shown. Of
     * amounts summed over many tables ({@link #plus}) it is the execution rate of them together — the one definition
     * the command line's audit and the server's 复核 both give.
     */
    public BigDecimal ratePct() {
        if (budget == null || executed == null || budget.signum() <= 0) {
            return null;
        }
        return executed.multiply(HUNDRED).divide(budget, 10, RoundingMode.HALF_UP);
    }
}
