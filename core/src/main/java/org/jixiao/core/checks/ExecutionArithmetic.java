package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.scoring.BudgetScore;

/**
 * The funding block's 执行率 and 得分 recomputed (全年执行数 / 全年预算数; weight × min(rate, 1)) and compared with
 * what the total row, and any sub-row, prints — at the printed precision.
 */
public final class ExecutionArithmetic implements Check {
    public static final String RATE = "ARITHMETIC_EXECUTION_RATE";
    public static final String SCORE = "ARITHMETIC_EXECUTION_SCORE";
    private static final String RATE_COLUMN = "执行率";
    private static final String SCORE_COLUMN = "得分";

    @Override
    public List<String> codes() {
        return List.of(RATE, SCORE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BudgetScore budget = ctx.sheet().budget();
        if (budget == null) {
            return; // the scheme does not score the funding block
        }
        RoundingMode rounding = ctx.scheme().rounding();
        Funding funding = ctx.evaluation().funding();
        FundingRow total = funding.effectiveTotal();
        String label = total == null ? FundingRow.Kind.TOTAL.label() : total.label();
        int line = total == null ? ctx.evaluation().line() : total.line();

        BigDecimal printedRate = funding.reportedRatePct() != null ? funding.reportedRatePct()
                : total == null ? null : total.ratePct();
        BigDecimal rate = Printed.percent(budget.executed(), budget.annual());
        if (printedRate != null && rate != null && !Printed.agrees(printedRate, rate, rounding)) {
            out.add(Finding.of(RATE, Severity.ERROR, Place.cell(label, RATE_COLUMN, line),
                    printedRate, budget.executed(), budget.annual(), Printed.atPrecisionOf(printedRate, rate, rounding)));
        }
        for (FundingRow row : funding.rows()) {
            checkSubRowRate(row, rounding, out);
        }

        BigDecimal printedScore = budget.reportedScore();
        if (budget.recomputed() && printedScore != null) {
            Place place = Place.cell(label, SCORE_COLUMN, line);
            switch (Printed.compare(printedScore, budget.score(), rounding)) {
                case DIFFERENT -> out.add(Finding.of(SCORE, Severity.ERROR, place,
                        printedScore, budget.score(), budget.explanation()));
                case ROUNDED -> out.add(Finding.of(SCORE, "rounded", Severity.NOTICE, place,
                        printedScore, budget.score(), ctx.scheme().scale()));
                case SAME -> {
                }
            }
        }
    }

    /** Yunnan prints a rate on 当年财政拨款 too; it must follow from that row's own amounts. */
    private static void checkSubRowRate(FundingRow row, RoundingMode rounding, List<Finding> out) {
        if (row.kind() == FundingRow.Kind.TOTAL || row.ratePct() == null) {
            return;
        }
        BigDecimal rate = Printed.percent(Printed.orZero(row.executed()), row.annual());
        if (rate != null && !Printed.agrees(row.ratePct(), rate, rounding)) {
            out.add(Finding.of(RATE, "row", Severity.ERROR, Place.cell(row.label(), RATE_COLUMN, row.line()),
                    row.label(), row.ratePct(), Printed.orZero(row.executed()), row.annual(),
                    Printed.atPrecisionOf(row.ratePct(), rate, rounding)));
        }
    }
}
