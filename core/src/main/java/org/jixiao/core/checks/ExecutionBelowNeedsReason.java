package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.text.Text;

/**
 * An execution rate below the scheme's {@code reasonBelowPct} (Sichuan's integrated-system form: 90 %) needs a
 * reason; the form has no cell of its own for it, so it belongs under 其他需要说明的事项.
 */
public final class ExecutionBelowNeedsReason implements Check {
    public static final String CODE = "EXECUTION_REASON_MISSING";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BudgetScore budget = ctx.sheet().budget();
        if (budget == null || budget.ratePct() == null || ctx.scheme().budgetExecution() == null) {
            return;
        }
        BigDecimal threshold = ctx.scheme().budgetExecution().reasonBelowPct();
        if (threshold == null || budget.ratePct().compareTo(threshold) >= 0 || !Text.isBlank(ctx.evaluation().notes())) {
            return;
        }
        out.add(Finding.of(CODE, Severity.WARNING, ctx.fundingCell("执行率"), budget.ratePct(), threshold, ctx.scheme().id()));
    }
}
