package org.jixiao.office.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.StyleSetter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.table.Style;

/**
 * A fastexcel worksheet as {@link TableSheet} draws on it: the exported workbooks. fastexcel writes each sheet's XML
 * as it goes, with none of POI's per-sheet model (which made every new sheet cost more than the one before), and
 * keeps one table of styles for the workbook, so a style per cell costs a look-up, not a style. The look is
 * {@link CellStyles}'s, cell for cell.
 */
final class FastSheetCells implements SheetCells {
    /** POI's GREY_25_PERCENT, the labels' fill. */
    private static final String LABEL_FILL = "C0C0C0";

    private final Worksheet sheet;

    FastSheetCells(Worksheet sheet) {
        this.sheet = sheet;
    }

    /** A workbook to stream sheets into, written to {@code out} as each sheet is finished. */
    static Workbook workbook(OutputStream out) {
        return new Workbook(out, "jixiao", "1.0");
    }

    /** A sheet of {@code wb} with {@code table} on it, written out at once. */
    static void table(Workbook wb, String name, OfficialTable table) throws IOException {
        Worksheet sheet = wb.newWorksheet(name);
        TableSheet.write(table, new FastSheetCells(sheet));
        sheet.finish();
    }

    @Override
    public void width(int column, int characters) {
        sheet.width(column, characters);
    }

    @Override
    public void blank(int row, int column, Style style) {
        look(row, column, style);
    }

    @Override
    public void text(int row, int column, Style style, String value) {
        sheet.value(row, column, value);
        look(row, column, style);
    }

    @Override
    public void number(int row, int column, Style style, double value) {
        sheet.value(row, column, value);
        look(row, column, style);
    }

    private void look(int row, int column, Style style) {
        styled(sheet.style(row, column), style).set();
    }

    @Override
    public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.range(firstRow, firstColumn, lastRow, lastColumn).merge();
    }

    @Override
    public void height(int row, float points) {
        sheet.rowHeight(row, points);
    }

    @Override
    public void printSetup(int headerRows) {
        a4(sheet, false);
        sheet.setAutoPageBreaks(true);
        sheet.leftMargin((float) TableSheet.SIDE_MARGIN);
        sheet.rightMargin((float) TableSheet.SIDE_MARGIN);
        sheet.topMargin((float) TableSheet.TOP_MARGIN);
        sheet.bottomMargin((float) TableSheet.TOP_MARGIN);
        sheet.repeatRows(0, headerRows - 1);
        sheet.footer(TableSheet.FOOTER, Position.CENTER, CellStyles.FONT, 10);
    }

    /** A4 in the orientation given, fit to one page wide and as many pages long as it takes. */
    static void a4(Worksheet sheet, boolean landscape) {
        sheet.paperSize(PaperSize.A4_PAPER);
        sheet.pageOrientation(landscape ? "landscape" : "portrait");
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** {@link CellStyles}'s look of {@code style}, on a cell. */
    static StyleSetter styled(StyleSetter s, Style style) {
        s.fontName(CellStyles.FONT).verticalAlignment("center");
        switch (style) {
            case TITLE -> s.bold().fontSize(16).horizontalAlignment("center");
            case CAPTION -> s.fontSize(10);
            case LABEL -> bordered(s, "center").bold().fillColor(LABEL_FILL);
            case TEXT -> bordered(s, "left");
            case MONEY, FIGURE -> bordered(s, "right").format(CellStyles.TWO_DECIMALS);
        }
        return s;
    }

    private static StyleSetter bordered(StyleSetter s, String alignment) {
        return s.fontSize(10).horizontalAlignment(alignment).wrapText(true).borderStyle(BorderStyle.THIN);
    }
}
