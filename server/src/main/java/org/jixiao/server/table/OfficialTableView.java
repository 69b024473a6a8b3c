package org.jixiao.server.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.office.pdf.TableHtml;
import org.jixiao.office.table.Cell;
import org.jixiao.office.table.GridRow;
import org.jixiao.office.table.OfficialTable;

/**
 * The official table as a web page shows it: the grid the workbook and the PDF print, cell for cell, in the shape a
 * template iterates (the cells each row starts, with their spans), and where each row's findings and each score's
 * explanation go. The read-only form and 公开 render it, so the screen prints every row as the exports do.
 *
 * @param title  the form's title, the grid's accessible name
 * @param widths each column's share of the width, in per cent
 * @param rows   the rows, title first
 */
public record OfficialTableView(String title, List<String> widths, List<Row> rows) {

    /**
     * One row: the cells that start in it; the indicator or funding row it prints (-1 where none).
     *
     * @param caption whether the row is one of the title block's, drawn without borders
     */
    public record Row(List<ViewCell> cells, int indicator, int fundingRow, boolean caption) {
    }

    /**
     * One cell as shown: its text (a figure as the PDF prints it), its spans and style.
     *
     * @param anchor whether the row's findings go under it (the indicator's name, the funding row's label)
     * @param score  whether it is an indicator row's 得分, which carries the explanation of its score
     */
    public record ViewCell(String text, int colSpan, int rowSpan, String style, boolean anchor, boolean score) {
    }

    public static OfficialTableView of(OfficialTable table) {
        int total = 0;
        for (int w : table.widths()) {
            total += w;
        }
        List<String> widths = new ArrayList<>();
        for (int w : table.widths()) {
            widths.add(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * w / total));
        }
        Cell[][] layout = table.layout();
        List<Row> rows = new ArrayList<>(layout.length);
        for (int r = 0; r < layout.length; r++) {
            rows.add(row(table.rows().get(r), layout[r], r < table.headerRows()));
        }
        return new OfficialTableView(table.title(), widths, rows);
    }

    private static Row row(GridRow printed, Cell[] columns, boolean caption) {
        List<ViewCell> cells = new ArrayList<>();
        for (int x = 0; x < columns.length; x++) {
            Cell c = columns[x];
            if (c == OfficialTable.SPANNED) {
                continue;
            }
            if (c == null) {
                cells.add(new ViewCell("", 1, 1, caption ? "caption" : "blank", false, false));
                continue;
            }
            cells.add(new ViewCell(c.isNumber() ? TableHtml.figure(c.number()) : c.text(), c.colSpan(), c.rowSpan(),
                    c.style().name().toLowerCase(java.util.Locale.ROOT), x == printed.anchorColumn(),
                    printed.indicator() >= 0 && x == printed.scoreColumn()));
        }
        return new Row(cells, printed.indicator(), printed.fundingRow(), caption);
    }
}
