package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.scoring.BudgetScore;

/** 全年执行数 above the budget it is measured against: spending past the budget must be explained (scoring.md §2). */
public final class ExecutionAboveBudget implements Check {
    public static final String CODE = "EXECUTION_ABOVE_BUDGET";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BudgetScore budget = ctx.sheet().budget();
        if (budget == null || budget.annual() == null || budget.executed() == null || budget.annual().signum() <= 0) {
            return;
        }
        if (budget.executed().compareTo(budget.annual()) > 0) {
            out.add(Finding.of(CODE, Severity.WARNING, ctx.fundingCell(Term.EXECUTED.zh()),
                    budget.executed(), budget.annual(), budget.executed().subtract(budget.annual())));
        }
    }
}
