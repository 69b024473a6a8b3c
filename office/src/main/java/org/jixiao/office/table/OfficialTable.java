package org.jixiao.office.table;

import java.util.List;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * The official form of one evaluation as a grid: what every rendering (workbook, HTML, PDF) prints, so the three
 * agree cell for cell. Rows above {@code headerRows} repeat on every printed page.
 *
 * @param evaluation   the evaluation it shows
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

    /** The table as published text, one line per row: what the disclosure reader reads back. */
    public String asText() {
        StringBuilder out = new StringBuilder();
        for (GridRow r : rows) {
            out.append(r.asText(columns)).append('\n');
        }
        return out.toString();
    }
}
