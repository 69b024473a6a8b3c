package org.jixiao.office.xlsx;

import org.jixiao.office.table.Style;

/**
 * What {@link TableSheet} draws a printed form on: a sheet being written, cell by cell. The exported workbooks stream
 * their sheets with fastexcel ({@link FastSheetCells}); the templates, which protect and validate their cells
 * afterwards, keep POI's sheet model ({@link PoiSheetCells}).
 */
interface SheetCells {
    /** A column's width in characters of the default font's digit. */
    void width(int column, int characters);

    /** An empty cell with the style, for the borders. */
    void blank(int row, int column, Style style);

    void text(int row, int column, Style style, String value);

    void number(int row, int column, Style style, double value);

    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn);

    void height(int row, float points);

    /**
     * The form's print setup: A4 portrait, fit to one page wide, the first {@code headerRows} rows (the title block)
     * repeated on every page, page numbers in the footer.
     */
    void printSetup(int headerRows);
}
