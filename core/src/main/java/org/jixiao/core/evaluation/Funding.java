package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 项目资金: the funding block. The national form has rows × (年初预算数, 全年预算数, 全年执行数) and the execution
 * weight, rate and score printed on the total row; the Suzhou form has {@link BudgetUse} and sub-items instead.
 *
 * @param rows          national rows, in printed order (may be empty)
 * @param weight        分值 printed on the total row (10, 20 in some provinces), null when none
 * @param reportedRatePct 执行率 printed on the total row
 * @param reportedScore 得分 printed on the total row
 * @param use           the Suzhou budget-use fields, or null
 * @param subItems      项目资金构成 sub-items (Suzhou), in printed order
 * @param subItemTotal  the printed 合计 of the sub-items, or null
 */
public record Funding(List<FundingRow> rows, BigDecimal weight, BigDecimal reportedRatePct, BigDecimal reportedScore,
                      BudgetUse use, List<SubItem> subItems, SubItem subItemTotal) {

    public Funding {
        rows = rows == null ? List.of() : List.copyOf(rows);
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }

    public static Funding none() {
        return new Funding(List.of(), null, null, null, null, List.of(), null);
    }

    public Optional<FundingRow> row(FundingRow.Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).findFirst();
    }

    /** The printed total row, or null. */
    public FundingRow totalRow() {
        return row(FundingRow.Kind.TOTAL).orElse(null);
    }

    /**
     * The row the execution rate is computed from: the printed total, or — where the total is empty or 0 and the
     * sub-rows carry amounts — the sum of the sub-rows (seen: 年度资金总额 0 / 0 / 0 above 当年财政拨款 90 / 89.974 / 89.974).
     */
    public FundingRow effectiveTotal() {
        FundingRow total = totalRow();
        if (total != null && !isZeroOrEmpty(total)) {
            return total;
        }
        BigDecimal initial = null;
        BigDecimal annual = null;
        BigDecimal executed = null;
        for (FundingRow r : rows) {
            if (r.kind() == FundingRow.Kind.TOTAL || r.kind() == FundingRow.Kind.BASIC || r.kind() == FundingRow.Kind.PROJECT) {
                continue;
            }
            initial = add(initial, r.initial());
            annual = add(annual, r.annual());
            executed = add(executed, r.executed());
        }
        if (annual == null && executed == null) {
            return total;
        }
        return new FundingRow(FundingRow.Kind.TOTAL, "年度资金总额", initial, annual, executed,
                total == null ? null : total.ratePct(), total == null ? 0 : total.line());
    }

    private static boolean isZeroOrEmpty(FundingRow r) {
        return isZero(r.annual()) && isZero(r.executed());
    }

    private static boolean isZero(BigDecimal v) {
        return v == null || v.signum() == 0;
    }

    static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (b == null) {
            return a;
        }
        return a == null ? b : a.add(b);
    }
}
