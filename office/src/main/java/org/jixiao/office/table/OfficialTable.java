package org.jixiao.office.table;

import java.util.List;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * The official form of one evaluation as a grid: what every rendering (workbook, HTML, PDF) prints, so the three
 * agree cell for cell. Rows above {@code headerRows} repeat on every printed page.
 *
 * @param evaluation   the evaluation it shows; null for a table that is no self-evaluation (a declaration's)
 * @param title        the form's title
 * @param disclosureNo 公开N表, or null
 * @param columns      number of columns
 * @param widths       each column's width in characters
 * @param headerRows   rows of the title block (repeated when printing)
 * @param rows         the rows, title first
 * @param currency     the unit the amounts are in
 */
public record OfficialTable(SelfEvaluation evaluation, String title, String disclosureNo, int columns, int[] widths,
                            int headerRows, List<GridRow> rows, CurrencyUnit currency) {

    /**
     * For each row, the cell starting at each column, or null where the column is free (no cell starts there and
     * none from a row above spans into it) — where a rendering that places cells in sequence needs a blank one —
     * or {@link #SPANNED} where a cell from the left or above covers it.
     */
    public Cell[][] layout() {
        Cell[][] at = new Cell[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            for (Cell c : rows.get(r).cells()) {
                for (int y = r; y < Math.min(rows.size(), r + c.rowSpan()); y++) {
                    for (int x = c.column(); x <= Math.min(columns - 1, c.lastColumn()); x++) {
                        at[y][x] = SPANNED;
                    }
                }
                at[r][c.column()] = c;
            }
        }
        return at;
    }

    /** Marks a column covered by a cell that starts elsewhere. */
    public static final Cell SPANNED = new Cell(0, 1, 1, "", null, Style.TEXT);

    /** The table as published text, one line per row: what the disclosure reader reads back. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        for (GridRow r : rows) {
            out.append(r.asText(columns)).append('\n');
        }
        return out.toString();
    }
}
