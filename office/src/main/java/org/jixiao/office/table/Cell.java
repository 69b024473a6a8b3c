package org.jixiao.office.table;

import java.math.BigDecimal;

/**
 * One cell of the official table: its place, its span and either words or a number (never both).
 *
 * @param column  0-based first column
 * @param colSpan columns it covers, at least 1
 * @param rowSpan rows it covers, at least 1
 * @param text    the words, "" for a number cell or an empty one
 * @param number  the figure exactly as reported, or null
 * @param style   how it looks
 */
public record Cell(int column, int colSpan, int rowSpan, String text, BigDecimal number, Style style) {

    public Cell {
        text = text == null ? "" : text;
        colSpan = Math.max(1, colSpan);
        rowSpan = Math.max(1, rowSpan);
    }

    /** The cell as plain text: the words, or the number with every digit it was reported with. */
    public String plain() {
        return number == null ? text : number.toPlainString();
    }

    public boolean isNumber() {
        return number != null;
    }

    public int lastColumn() {
        return column + colSpan - 1;
    }
}
