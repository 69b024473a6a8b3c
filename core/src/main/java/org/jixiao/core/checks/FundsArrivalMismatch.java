package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.Indicator;

/**
 * 资金到位率 claimed against the table's own budget-use figures: 财政拨款数 / (年初预算数 + 调整数), compared at the
 * precision the claim is printed with. Suzhou: 100 % claimed, 2077.78 / 2343.7 = 88.65 %.
 */
public final class FundsArrivalMismatch implements Check {
    public static final String CODE = "FUNDS_ARRIVAL_MISMATCH";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BudgetUse use = ctx.evaluation().funding().use();
        if (use == null) {
            return;
        }
        BigDecimal rate = Printed.percent(use.allocated(), use.available());
        if (rate == null) {
            return;
        }
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            BigDecimal claimed = i.actual().value();
            if (!Names.namesFundsArrival(i.name()) || !i.actual().isReported() || claimed == null) {
                continue;
            }
            if (!Printed.agrees(claimed, rate, ctx.scheme().rounding())) {
                out.add(Finding.of(CODE, Severity.ERROR, ctx.placeOf(k), i.name(), claimed, use.allocated(),
                        use.available(), rate.setScale(2, ctx.scheme().rounding()), i.reportedScore()));
            }
        }
    }
}
