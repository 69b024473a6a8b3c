package org.jixiao.office.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
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

    private TableSheet() {
    }

    static void write(OfficialTable table, Sheet sheet, CellStyles styles) {
        for (int c = 0; c < table.columns(); c++) {
            sheet.setColumnWidth(c, table.widths()[c] * 256);
        }
        int r = 0;
        org.jixiao.office.table.Cell[][] layout = table.layout();
        for (GridRow gridRow : table.rows()) {
            Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            if (r >= table.headerRows()) {
                for (int c = 0; c < table.columns(); c++) {
                    if (layout[r][c] == null) {
                        row.createCell(c).setCellStyle(styles.of(Style.TEXT));
                    }
                }
            }
            int lines = 1;
            for (org.jixiao.office.table.Cell c : gridRow.cells()) {
                Cell cell = row.getCell(c.column()) != null ? row.getCell(c.column()) : row.createCell(c.column());
                cell.setCellStyle(styles.of(c.style()));
                if (c.isNumber()) {
                    cell.setCellValue(c.number().doubleValue());
                } else if (!c.text().isEmpty()) {
                    cell.setCellValue(c.text());
                }
                if (c.colSpan() > 1 || c.rowSpan() > 1) {
                    border(sheet, r, c, styles);
                    sheet.addMergedRegion(new CellRangeAddress(r, r + c.rowSpan() - 1, c.column(), c.lastColumn()));
                }
                if (c.rowSpan() == 1) {
                    lines = Math.max(lines, lines(c, table));
                }
            }
            float height = gridRow.cells().stream().anyMatch(c -> c.style() == Style.TITLE) ? 30f : lines * LINE_POINTS + 3;
            row.setHeightInPoints(Math.min(MAX_ROW_POINTS, height));
            r++;
        }
        printSetup(table, sheet);
    }

    /** Cells under a merge carry the border too, or the printed grid has gaps. */
    private static void border(Sheet sheet, int r, org.jixiao.office.table.Cell c, CellStyles styles) {
        for (int y = r; y < r + c.rowSpan(); y++) {
            Row row = sheet.getRow(y) != null ? sheet.getRow(y) : sheet.createRow(y);
            for (int x = c.column(); x <= c.lastColumn(); x++) {
                if (y == r && x == c.column()) {
                    continue;
                }
                Cell under = row.getCell(x) != null ? row.getCell(x) : row.createCell(x);
                under.setCellStyle(styles.of(c.style()));
            }
        }
    }

    /**
     * Lines the cell's text takes in its width, counted in half units: a CJK character prints about two width units
     * wide at 10 pt (a unit being the default font's digit, about 5 pt), a Latin one about one. Counting it as two and
     * a half made rows a line or three too tall and the Yunnan table run onto a second page.
     */
    private static int lines(org.jixiao.office.table.Cell c, OfficialTable table) {
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

    private static void printSetup(OfficialTable table, Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false); // as the PDF and the printed national form
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        sheet.setRepeatingRows(new CellRangeAddress(0, table.headerRows() - 1, -1, -1));
        sheet.getFooter().setCenter("第 &P 页 / 共 &N 页");
    }
}
