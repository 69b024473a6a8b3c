package org.jixiao.office.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.office.table.Style;

/** A POI sheet as {@link TableSheet} draws on it: the templates, whose cells are unlocked and validated afterwards. */
final class PoiSheetCells implements SheetCells {
    private final Sheet sheet;
    private final CellStyles styles;

    PoiSheetCells(Sheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    @Override
    public void width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
    }

    @Override
    public void blank(int row, int column, Style style) {
        cell(row, column).setCellStyle(styles.of(style));
    }

    @Override
    public void text(int row, int column, Style style, String value) {
        Cell cell = cell(row, column);
        cell.setCellStyle(styles.of(style));
        cell.setCellValue(value);
    }

    @Override
    public void number(int row, int column, Style style, double value) {
        Cell cell = cell(row, column);
        cell.setCellStyle(styles.of(style));
        cell.setCellValue(value);
    }

    @Override
    public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
    }

    @Override
    public void height(int row, float points) {
        row(row).setHeightInPoints(points);
    }

    @Override
    public void printSetup(int headerRows) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(false); // as the PDF and the printed national form
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, TableSheet.SIDE_MARGIN);
        sheet.setMargin(Sheet.RightMargin, TableSheet.SIDE_MARGIN);
        sheet.setMargin(Sheet.TopMargin, TableSheet.TOP_MARGIN);
        sheet.setMargin(Sheet.BottomMargin, TableSheet.TOP_MARGIN);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        sheet.getFooter().setCenter(TableSheet.FOOTER);
    }

    private Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private Cell cell(int r, int c) {
        Row row = row(r);
        Cell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }
}
