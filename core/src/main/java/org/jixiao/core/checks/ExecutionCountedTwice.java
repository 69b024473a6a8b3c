package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.BudgetScore;

/**
 * An indicator that measures budget execution again (资金完成率, 预算执行率, 资金支付率 …) in a table whose scheme
 * already scores execution on the funding block: the same fact earns points twice. Where the scheme scores
 * execution as an indicator of its own (Suzhou's common indicator 预算执行率) this is how it should be, and the check
 * stays quiet. When the indicator's actual is the funding block's rate at the printed precision, the message says so.
 */
public final class ExecutionCountedTwice implements Check {
    public static final String CODE = "EXECUTION_COUNTED_TWICE";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BudgetScore budget = ctx.sheet().budget();
        if (ctx.scheme().executionIndicatorScored() || budget == null) {
            return;
        }
        BigDecimal rate = Printed.percent(budget.executed(), budget.annual());
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            if (!Names.namesExecutionRate(i.name()) || !i.actual().isReported()) {
                continue;
            }
            BigDecimal actual = i.actual().value();
            if (actual != null && rate != null && Printed.agrees(actual, rate, ctx.scheme().rounding())) {
                out.add(Finding.of(CODE, "same_figure", Severity.WARNING, ctx.placeOf(k), i.name(), actual,
                        Printed.atPrecisionOf(actual, rate, ctx.scheme().rounding()), i.reportedScore()));
            } else {
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), i.name(), i.reportedScore()));
            }
        }
    }
}
