package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.BudgetUse;

/**
 * The identities the Suzhou form states under its budget-use block: 指标结余数 = 年初预算数 + 调整数 − 财政拨款数;
 * 资金结余、结转数 = 财政拨款数 − 实际支付数 = 结转数 + 财政收回数. Each is checked where all its figures are printed
 * (a blank 调整数 reads as 0), at the coarser printed precision.
 */
public final class BudgetUseArithmetic implements Check {
    public static final String CODE = "ARITHMETIC_BUDGET_USE";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BudgetUse u = ctx.evaluation().funding().use();
        if (u == null) {
            return;
        }
        int line = ctx.evaluation().line();
        if (u.unallocatedBalance() != null && u.initial() != null && u.allocated() != null) {
            BigDecimal expected = u.available().subtract(u.allocated());
            if (!Printed.agreeAtCoarser(u.unallocatedBalance(), expected, ctx.scheme().rounding())) {
                out.add(Finding.of(CODE, "balance", Severity.ERROR, Place.cell("市级预算执行情况", "指标结余数", line),
                        u.unallocatedBalance(), u.initial(), Printed.orZero(u.adjustment()), u.allocated(), expected));
            }
        }
        if (u.carryOverTotal() != null && u.allocated() != null && u.paid() != null) {
            BigDecimal expected = u.allocated().subtract(u.paid());
            if (!Printed.agreeAtCoarser(u.carryOverTotal(), expected, ctx.scheme().rounding())) {
                out.add(Finding.of(CODE, "carry_over", Severity.ERROR, Place.cell("市级财政资金使用情况", "资金结余、结转数", line),
                        u.carryOverTotal(), u.allocated(), u.paid(), expected));
            }
        }
        if (u.carryOverTotal() != null && (u.carriedForward() != null || u.recovered() != null)) {
            BigDecimal expected = Printed.orZero(u.carriedForward()).add(Printed.orZero(u.recovered()));
            if (!Printed.agreeAtCoarser(u.carryOverTotal(), expected, ctx.scheme().rounding())) {
                out.add(Finding.of(CODE, "carry_over_parts", Severity.ERROR, Place.cell("市级财政资金使用情况", "资金结余、结转数", line),
                        u.carryOverTotal(), Printed.orZero(u.carriedForward()), Printed.orZero(u.recovered()), expected));
            }
        }
    }
}
