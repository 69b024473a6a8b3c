package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.Indicator;

/**
 * Where the scheme scores execution as an indicator of its own (Suzhou's common indicator 预算执行率), the rate it
 * claims against 实际支付数 / 财政拨款数 from the budget-use block, at the printed precision: 100 % printed for
 * 2077.6 / 2077.78 = 99.99 % agrees.
 */
public final class ExecutionIndicatorArithmetic implements Check {

    @Override
    public List<String> codes() {
        return List.of(ExecutionArithmetic.RATE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BudgetUse use = ctx.evaluation().funding().use();
        if (!ctx.scheme().executionIndicatorScored() || use == null) {
            return;
        }
        BigDecimal rate = Printed.percent(use.paid(), use.allocated());
        if (rate == null) {
            return;
        }
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            BigDecimal claimed = i.actual().value();
            if (!Names.namesExecutionRate(i.name()) || !i.actual().isReported() || claimed == null) {
                continue;
            }
            if (!Printed.agrees(claimed, rate, ctx.scheme().rounding())) {
                out.add(Finding.of(ExecutionArithmetic.RATE, "indicator", Severity.ERROR, ctx.placeOf(k),
                        i.name(), claimed, use.paid(), use.allocated(), Printed.atPrecisionOf(claimed, rate, ctx.scheme().rounding())));
            }
        }
    }
}
