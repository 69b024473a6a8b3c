package org.jixiao.formats.text;

import org.jixiao.formats.text.IndicatorColumns.Field;

/**
 * A row of an aligned table whose merged 一级 cell the extraction dropped: the row is one cell short and its first
 * cell, in the 一级 column, is a 二级 label (质量指标 | 100% | … under 一级指标 | 指标名称 | 指标值 | …). Its cells stand one
 * column right of where they are printed.
 */
final class MergedLevelShift {
    private MergedLevelShift() {
    }

    /** How many columns the row's cells are to be moved right: 1 for such a row, 0 for any other. */
    static int of(Row row, IndicatorColumns columns) {
        int first = -1;
        for (int c = 0; c < row.size(); c++) {
            if (!row.cell(c).isBlank()) {
                first = c;
                break;
            }
        }
        if (first < 0 || columns.at(first) != Field.LEVEL1 || columns.at(first + 1) == Field.LEVEL2) {
            return 0; // a form with a 二级 column places a 二级 label there by the level check already
        }
        String cell = row.cell(first);
        if (!Vocabulary.isLevel2(cell) || Vocabulary.isLevel1(cell)) {
            return 0;
        }
        int last = row.size() - 1;
        while (last > first && row.cell(last).isBlank()) {
            last--;
        }
        return columns.at(last + 1) != null ? 1 : 0;
    }
}
