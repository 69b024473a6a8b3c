package org.jixiao.office.xlsx;

import org.jixiao.office.table.Cell;
import org.jixiao.office.table.GridRow;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.table.Style;

/**
 * Writes an official table on a sheet as the printed form: merged cells, borders on every cell of a merge, column
 * widths, row heights that show wrapped text whole, and a print setup a finance officer need not touch (A4, fit to
 * one page wide, portrait, title rows repeated on every page).
 */
final class TableSheet {
    private static final float LINE_POINTS = 13f;
    /** Excel's limit; a longer text than fits is still whole in the cell, the print shows what fits. */
    private static final float MAX_ROW_POINTS = 409f;
    /** Page margins in inches, and the footer's page numbers. */
    static final double SIDE_MARGIN = 0.4;
    static final double TOP_MARGIN = 0.5;
    static final String FOOTER = "第 &P 页 / 共 &N 页";

    private TableSheet() {
    }

    static void write(OfficialTable table, SheetCells sheet) {
        for (int c = 0; c < table.columns(); c++) {
            sheet.width(c, table.widths()[c]);
        }
        int r = 0;
        Cell[][] layout = table.layout();
        for (GridRow gridRow : table.rows()) {
            if (r >= table.headerRows()) {
                for (int c = 0; c < table.columns(); c++) {
                    if (layout[r][c] == null) {
                        sheet.blank(r, c, Style.TEXT);
                    }
                }
            }
            int lines = 1;
            for (Cell c : gridRow.cells()) {
                if (c.isNumber()) {
                    sheet.number(r, c.column(), c.style(), c.number().doubleValue());
                } else if (!c.text().isEmpty()) {
                    sheet.text(r, c.column(), c.style(), c.text());
                } else {
                    sheet.blank(r, c.column(), c.style());
                }
                if (c.colSpan() > 1 || c.rowSpan() > 1) {
                    border(sheet, r, c);
                    sheet.merge(r, r + c.rowSpan() - 1, c.column(), c.lastColumn());
                }
                if (c.rowSpan() == 1) {
                    lines = Math.max(lines, lines(c, table));
                }
            }
            float height = gridRow.cells().stream().anyMatch(c -> c.style() == Style.TITLE) ? 30f : lines * LINE_POINTS + 3;
            sheet.height(r, Math.min(MAX_ROW_POINTS, height));
            r++;
        }
        sheet.printSetup(table.headerRows());
    }

    /** Cells under a merge carry the border too, or the printed grid has gaps. */
    private static void border(SheetCells sheet, int r, Cell c) {
        for (int y = r; y < r + c.rowSpan(); y++) {
            for (int x = c.column(); x <= c.lastColumn(); x++) {
                if (y != r || x != c.column()) {
                    sheet.blank(y, x, c.style());
                }
            }
        }
    }

    /**
     * Lines the cell's text takes in its width, counted in half units: a CJK character prints about two width units
     * wide at 10 pt (a unit being the default font's digit, about 5 pt), a Latin one about one. Counting it as two and
     * a half made rows a line or three too tall and the Yunnan table run onto a second page.
     */
    private static int lines(Cell c, OfficialTable table) {
        if (c.isNumber() || c.text().isEmpty() || c.style() == Style.CAPTION) {
            return 1;
        }
        int width = 0;
        for (int x = c.column(); x <= c.lastColumn(); x++) {
            width += table.widths()[x];
        }
        int halfUnits = 0;
        for (int i = 0; i < c.text().length(); i++) {
            halfUnits += c.text().charAt(i) < 0x2E80 ? 2 : 4;
        }
        int perLine = Math.max(1, 2 * width - 3);
        return Math.max(1, (halfUnits + perLine - 1) / perLine);
    }
}
