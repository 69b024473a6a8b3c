package org.jixiao.core.checks;

/**
 * Where a finding is: the table as a whole, a row and column of its funding block, or an indicator.
 *
 * @param indicator      the 三级 name as printed, null for findings on the table or its funding block
 * @param indicatorIndex the indicator's position in the evaluation (0-based), -1 when none
 * @param row            the funding-block row or table row named (年度资金总额, 总分 …), null when none
 * @param column         the column named (全年执行数, 得分 …), null when none
 * @param line           the source line, 0 when unknown
 */
public record Place(String indicator, int indicatorIndex, String row, String column, int line) {

    public static Place table(int line) {
        return new Place(null, -1, null, null, line);
    }

    public static Place cell(String row, String column, int line) {
        return new Place(null, -1, row, column, line);
    }

    public static Place indicator(String name, int index, int line) {
        return new Place(name, index, null, null, line);
    }

    public boolean isIndicator() {
        return indicatorIndex >= 0;
    }
}
