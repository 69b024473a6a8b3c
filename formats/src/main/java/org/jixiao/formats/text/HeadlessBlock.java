package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;
import org.jixiao.formats.text.IndicatorColumns.Field;

/**
 * Indicator rows with no header above them: an excerpt that starts part way through a table, or a page whose header
 * was on the page before. A row with a 指标性质 sign (=, ≥, 定性) and a figure is an indicator row; which columns the
 * figures after the target fill is told by the table's own arithmetic: one figure a row whose sum is the printed
 * 合计 (or 100), or less where rows are cut off above, is the weight, the form printing neither actual nor score; otherwise the national form's order.
 * The sign may stand in the target's own cell ("=100%", "≤10次"), as where the form prints 指标值 in one column.
 */
final class HeadlessBlock {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern LEADING_SIGN =
            Pattern.compile("^(?:[≥≤><≧≦＞＜]=?|[=＝]|不低于|不少于|不高于|不超过|大于|小于)\\s*\\d");

    private HeadlessBlock() {
    }

    /** An indicator row: a sign cell and a figure, and no label of the form's other blocks. */
    static boolean isIndicatorRow(Row row) {
        return isIndicatorRow(row, false);
    }

    /**
     * @param signInTarget a sign inside the target's cell counts too — only where no header and no 项目名称 is left to
     *                     say where the indicators are (elsewhere a goal's "≥95%" would start a block)
     */
    static boolean isIndicatorRow(Row row, boolean signInTarget) {
        boolean sign = false;
        boolean figure = false;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.cell(c).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (!sign && (isSign(cell) || signInTarget && isSignedTarget(cell))) {
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

    /** A target with its sign in one cell: "=100%", "≤10次". */
    private static boolean isSignedTarget(String cell) {
        if (cell.length() > 12) {
            return false;
        }
        if (!LEADING_SIGN.matcher(cell).find()) {
            return false;
        }
        Target t = Target.parse(cell);
        return t.operator() != null && t.value() != null;
    }

    /** The columns of the rows from {@code from}, chosen by what the figures add up to. */
    static IndicatorColumns columns(List<Row> rows, int from, boolean signInTarget) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal printedSum = null;
        boolean oneFigureEach = true;
        boolean signsApart = false;
        boolean anyFigure = false;
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
            if (!isIndicatorRow(row, signInTarget)) {
                continue;
            }
            indicatorRows++;
            signsApart |= hasSignCell(row);
            List<BigDecimal> after = figuresAfterTarget(row, signInTarget);
            anyFigure |= !after.isEmpty();
            if (after.size() != 1) {
                oneFigureEach = false;
            } else {
                sum = sum.add(after.get(0));
            }
        }
        // rows cut off above leave part of the weights: their sum reaches the 合计 at most
        boolean weights = oneFigureEach && indicatorRows > 0 && sum.compareTo(printedSum != null ? printedSum : HUNDRED) <= 0;
        if (!signsApart && !anyFigure) {
            // no bare figure after any target (a completion rate, "143%", at most): a sheet of targets and actuals
            return IndicatorColumns.of(Field.LEVEL1, Field.LEVEL2, Field.NAME, Field.TARGET, Field.ACTUAL);
        }
        if (!signsApart) {
            return weights ? IndicatorColumns.of(Field.LEVEL1, Field.LEVEL2, Field.NAME, Field.TARGET, Field.WEIGHT)
                    : IndicatorColumns.of(Field.LEVEL1, Field.LEVEL2, Field.NAME, Field.TARGET, Field.ACTUAL, Field.WEIGHT, Field.SCORE, Field.REASON);
        }
        return weights ? IndicatorColumns.of(Field.LEVEL1, Field.LEVEL2, Field.NAME, Field.OPERATOR, Field.VALUE, Field.UNIT, Field.WEIGHT)
                : IndicatorColumns.national();
    }

    private static boolean hasSignCell(Row row) {
        for (String c : row.cells()) {
            if (isSign(c.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The figures after the sign's value (and unit): weight, score, and the actual where it is a bare number. */
    private static List<BigDecimal> figuresAfterTarget(Row row, boolean signInTarget) {
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
                value = signInTarget && isSignedTarget(c); // the sign and the value in one cell
                sign |= value;
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
