package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.text.Numbers;

/**
 * The funding total's figures printed before its label: a spreadsheet's text in the order of its cells' columns
 * ("全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:中央财政资金 3144.00 3144.00 … 年度资金总额") leaves the total's
 * figures at the end of the header row, with its label after the sources below. The figures are the total's where
 * the total row read has none of its own and the sources under the header add up to them in at least one column
 * (the other may carry the form's own rounding slip), or where the header row itself prints the total's label among
 * its column labels (an OCR'd run-on sheet: 年度资金总额 | 年初预算数 | 调整预算数 | 全年执行数 | 执行率 | 64.8 64.8 64.8
 * 100%) and its printed rate is executed ÷ budget; the reading is marked inferred.
 */
final class FiguresBeforeLabel {
    private FiguresBeforeLabel() {
    }

    /** The amounts ending a row after its last word (a rate printed last aside), null when fewer than two. */
    static List<BigDecimal> trailing(Row row) {
        List<BigDecimal> out = new ArrayList<>();
        int c = row.size() - 1;
        while (c >= 0 && row.cell(c).isBlank()) {
            c--;
        }
        if (c >= 0 && rate(row.cell(c)) != null) {
            c--;
        }
        for (; c >= 0; c--) {
            String cell = row.cell(c);
            if (cell.isBlank()) {
                continue;
            }
            BigDecimal n = Numbers.parse(cell);
            if (n == null || rate(cell) != null) {
                break;
            }
            out.add(0, n);
        }
        return out.size() >= 2 ? out : null;
    }

    /** The rate printed last in a row, after its amounts; null when none. */
    static BigDecimal trailingRate(Row row) {
        for (int c = row.size() - 1; c >= 0; c--) {
            if (!row.cell(c).isBlank()) {
                return rate(row.cell(c));
            }
        }
        return null;
    }

    private static BigDecimal rate(String cell) {
        String c = cell.strip();
        return c.endsWith("%") || c.endsWith("％") ? Numbers.parse(c.substring(0, c.length() - 1)) : null;
    }

    /** A row's amounts after its label, in order, percentages left out. */
    static List<BigDecimal> figures(Row row, int labelAt) {
        List<BigDecimal> out = new ArrayList<>();
        for (int c = labelAt + 1; c < row.size(); c++) {
            String cell = row.cell(c);
            BigDecimal n = Numbers.parse(cell);
            if (n != null && !cell.strip().endsWith("%")) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The total row the header's figures make, in the header's money columns (0 年初, 1 全年预算, 2 全年执行); null
     * where a total with figures was read or the columns do not fit. The figures are the total's where the header
     * row prints the total's label among its column labels (年度资金总额 | 年初预算数 | … | 64.8 64.8 64.8 100%), or
     * where some column of the sources adds up to its figure; and where a rate is printed, executed ÷ budget gives it.
     */
    static FundingRow total(List<BigDecimal> figures, BigDecimal rate, List<Integer> columns, List<List<BigDecimal>> sources,
                            FundingRow read, boolean labelInHeader, int line) {
        if (read != null && !read.isEmpty() || figures.size() > columns.size() || !labelInHeader && !addsUp(figures, sources)) {
            return null;
        }
        BigDecimal[] v = new BigDecimal[3];
        for (int k = 0; k < figures.size(); k++) {
            v[columns.get(k)] = figures.get(k);
        }
        if (rate != null && !rateBearsOut(v[1] != null ? v[1] : v[0], v[2], rate)) {
            return null;
        }
        String label = read != null ? read.label() : FundingRow.Kind.TOTAL.label();
        return new FundingRow(FundingRow.Kind.TOTAL, label, v[0], v[1], v[2], rate, read != null ? read.line() : line);
    }

    private static boolean rateBearsOut(BigDecimal budget, BigDecimal executed, BigDecimal rate) {
        if (budget == null || executed == null || budget.signum() == 0) {
            return false;
        }
        BigDecimal exact = executed.multiply(BigDecimal.valueOf(100)).divide(budget, Math.max(0, rate.scale()) + 4,
                java.math.RoundingMode.HALF_UP);
        return exact.setScale(Math.max(0, rate.scale()), java.math.RoundingMode.HALF_UP).compareTo(rate) == 0;
    }

    /** Some column of the sources with as many figures as the total sums to the total's figure exactly. */
    static boolean addsUp(List<BigDecimal> figures, List<List<BigDecimal>> sources) {
        List<List<BigDecimal>> full = sources.stream().filter(s -> s.size() == figures.size()).toList();
        if (full.size() < 2) {
            return false;
        }
        for (int k = 0; k < figures.size(); k++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (List<BigDecimal> s : full) {
                sum = sum.add(s.get(k));
            }
            if (sum.compareTo(figures.get(k)) == 0) {
                return true;
            }
        }
        return false;
    }

    static String describe(List<BigDecimal> figures) {
        return figures.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" | "));
    }
}
