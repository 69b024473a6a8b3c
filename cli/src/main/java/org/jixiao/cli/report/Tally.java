package org.jixiao.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.checks.TableAmounts;
import org.jixiao.core.evaluation.CurrencyUnit;

/**
 * What a group of tables (one file, one department) adds up to: findings by code and severity, printed totals
 * against recomputed ones, and the budget (全年预算数 and 全年执行数) in one declared unit. Sums are exact; each figure is rounded once, when
 * read for display.
 */
public final class Tally {
    private final CurrencyUnit unit;
    private final Map<String, int[]> byCode = new TreeMap<>();
    private final int[] bySeverity = new int[Severity.values().length];
    private int tables;
    private int totalsCompared;
    private int totalsDiffering;
    private BigDecimal reportedTotals = BigDecimal.ZERO;
    private BigDecimal totals = BigDecimal.ZERO;
    private BigDecimal annual = BigDecimal.ZERO;
    private BigDecimal executed = BigDecimal.ZERO;
    private int budgetsWithoutUnit;

    public Tally(CurrencyUnit unit) {
        this.unit = unit;
    }

    void add(ScoredTable t) {
        tables++;
        for (Finding f : t.findings()) {
            byCode.computeIfAbsent(f.code(), c -> new int[bySeverity.length])[f.severity().ordinal()]++;
            bySeverity[f.severity().ordinal()]++;
        }
        BigDecimal reported = t.evaluation().reportedTotal();
        BigDecimal total = t.sheet().total();
        if (reported != null && total != null && t.scored()) {
            totalsCompared++;
            reportedTotals = reportedTotals.add(reported);
            totals = totals.add(total);
            if (reported.compareTo(total) != 0) {
                totalsDiffering++;
            }
        }
        addBudget(t);
    }

    /** The table's amounts as core reads them for the server's 复核 sums too ({@link TableAmounts}). */
    private void addBudget(ScoredTable t) {
        TableAmounts amounts = TableAmounts.of(t.evaluation());
        if (amounts.budget() == null && amounts.executed() == null) {
            return;
        }
        if (t.evaluation().header().currencyUnit() == null) {
            budgetsWithoutUnit++; // counted in the unit assumed for them, as the server's 复核 sums count them, and said so
        }
        amounts = amounts.in(unit);
        if (amounts.budget() != null) {
            annual = annual.add(amounts.budget());
        }
        if (amounts.executed() != null) {
            executed = executed.add(amounts.executed());
        }
    }

    public CurrencyUnit unit() {
        return unit;
    }

    public int tables() {
        return tables;
    }

    /** Findings per code (in code order), each an array indexed by {@link Severity#ordinal()}. */
    public Map<String, int[]> byCode() {
        return Collections.unmodifiableMap(byCode);
    }

    public int findings(Severity s) {
        return bySeverity[s.ordinal()];
    }

    public int findings() {
        int n = 0;
        for (int c : bySeverity) {
            n += c;
        }
        return n;
    }

    /** Tables that print a total and have one recomputed. */
    public int totalsCompared() {
        return totalsCompared;
    }

    public int totalsDiffering() {
        return totalsDiffering;
    }

    /** The mean printed total over the compared tables, or null when none. */
    public BigDecimal meanReportedTotal() {
        return mean(reportedTotals);
    }

    /** The mean recomputed total over the same tables. */
    public BigDecimal meanTotal() {
        return mean(totals);
    }

    private BigDecimal mean(BigDecimal sum) {
        return totalsCompared == 0 ? null : sum.divide(BigDecimal.valueOf(totalsCompared), 2, RoundingMode.HALF_UP);
    }

    /** 全年预算数 summed in {@link #unit()}. */
    public BigDecimal annual() {
        return annual.setScale(2, RoundingMode.HALF_UP);
    }

    /** 全年执行数 summed in {@link #unit()}. */
    public BigDecimal executed() {
        return executed.setScale(2, RoundingMode.HALF_UP);
    }

    /** Executed over budget in percent, or null when there is no budget. */
    public BigDecimal executionRatePct() {
        BigDecimal rate = new TableAmounts(annual, executed, unit).ratePct();
        return rate == null ? null : rate.setScale(2, RoundingMode.HALF_UP);
    }

    /** Tables whose amounts were left out of the sums because they do not say 元 or 万元. */
    public int budgetsWithoutUnit() {
        return budgetsWithoutUnit;
    }
}
