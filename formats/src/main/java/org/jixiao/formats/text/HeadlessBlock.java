package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;
import org.jixiao.formats.text.IndicatorColumns.Field;

/**
 * Indicator rows with no header above them: an excerpt that starts part way through a table, or a page whose header
 * was on the page before. A row with a 指标性质 sign (=, ≥, 定性) and a figure is an indicator row; which columns the
 * figures after the target fill is told by the table's own arithmetic: one figure a row whose sum is the printed
 * 合计 (or 100), or less where rows are cut off above, is the weight, the form printing neither actual nor score; otherwise the national form's order.
 */
final class HeadlessBlock {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HeadlessBlock() {
    }

    /** An indicator row: a sign cell and a figure, and no label of the form's other blocks. */
    static boolean isIndicatorRow(Row row) {
        boolean sign = false;
        boolean figure = false;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.cell(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (!sign && isSign(cell)) {
                sign = true;
            } else if (sign && Numbers.parse(cell) != null) {
                figure = true;
            }
        }
        return sign && figure && Vocabulary.fundingRow(row.cell(0)) == null;
    }

    private static boolean isSign(String cell) {
        Operator op = Operator.parse(cell);
        return op != null && cell.length() <= 3;
    }

    /** The columns of the rows from {@code from}, chosen by what the figures add up to. */
    static IndicatorColumns columns(List<Row> rows, int from) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal printedSum = null;
        boolean oneFigureEach = true;
        int indicatorRows = 0;
        for (int k = from; k < rows.size(); k++) {
            Row row = rows.get(k);
            String first = Text.key(row.cell(firstNonBlank(row)));
            if (first.startsWith("合计") || first.startsWith("总分")) {
                for (String c : row.cells()) {
                    BigDecimal n = Numbers.parse(c);
                    printedSum = n != null ? n : printedSum;
                }
                break;
            }
            if (!isIndicatorRow(row)) {
                continue;
            }
            indicatorRows++;
            List<BigDecimal> after = figuresAfterTarget(row);
            if (after.size() != 1) {
                oneFigureEach = false;
            } else {
                sum = sum.add(after.get(0));
            }
        }
        // rows cut off above leave part of the weights: their sum reaches the 合计 at most
        boolean weights = oneFigureEach && indicatorRows > 0 && sum.compareTo(printedSum != null ? printedSum : HUNDRED) <= 0;
        return weights ? IndicatorColumns.of(Field.LEVEL1, Field.LEVEL2, Field.NAME, Field.OPERATOR, Field.VALUE, Field.UNIT, Field.WEIGHT)
                : IndicatorColumns.national();
    }

    /** The figures after the sign's value (and unit): weight, score, and the actual where it is a bare number. */
    private static List<BigDecimal> figuresAfterTarget(Row row) {
        List<BigDecimal> figures = new java.util.ArrayList<>();
        boolean sign = false;
        boolean value = false;
        for (String cell : row.cells()) {
            String c = cell.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!sign) {
                sign = isSign(c);
            } else if (!value) {
                value = true; // the target's value, in words or figures
            } else if (Numbers.parse(c) != null && IndicatorRowShape.isFigure(c)) {
                figures.add(Numbers.parse(c));
            }
        }
        return figures;
    }

    private static int firstNonBlank(Row row) {
        for (int c = 0; c < row.size(); c++) {
            if (!row.cell(c).isBlank()) {
                return c;
            }
        }
        return 0;
    }
}
