package org.jixiao.office.table;

import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Indicator;

/**
 * The cells of an indicator row that depend on its status. A reported row prints its actual, 分值 and 得分. A row not
 * reported counts neither weight nor score: it prints 无 as the published forms write it, "—" for 分值 and 得分 as the
 * screen shows them, and its reason in the 偏差原因 column — which is also how the disclosure reader knows such a row
 * when the table is read back. A row excluded by an approved adjustment prints {@link #EXCLUDED} in place of 无, so it
 * reads back excluded, not merely not reported.
 */
final class ActualCells {
    static final String NOT_COUNTED = "—";
    /** The actual cell of a row an approved adjustment took out of the evaluation. */
    public static final String EXCLUDED = "调整剔除";

    private ActualCells() {
    }

    static String text(Indicator i) {
        if (i.actual().isReported()) {
            return i.actual().text();
        }
        if (i.actual().status() == ActualStatus.EXCLUDED) {
            return EXCLUDED;
        }
        return i.actual().text().isEmpty() ? "无" : i.actual().text();
    }

    /**
     * The actual cell of a form with no 偏差原因 column (Suzhou's): a row not counted carries its reason in brackets,
     * "无（年中调整，不再考核）", which the disclosure reader reads back as the reason.
     */
    static String textWithReason(Indicator i) {
        String text = text(i);
        String why = i.actual().isReported() || i.actual().reason() == null ? "" : i.actual().reason().strip();
        return why.isEmpty() ? text : text + "（" + why + "）";
    }

    /** 分值 and 得分 in the two columns: the row's figures, or "—" in both for a row that counts neither. */
    static GridRow figures(GridRow row, int weightColumn, int scoreColumn, Indicator i) {
        if (i.actual().isReported()) {
            return row.figure(weightColumn, i.weight()).figure(scoreColumn, i.reportedScore());
        }
        return row.add(new Cell(weightColumn, 1, 1, NOT_COUNTED, null, Style.FIGURE))
                .add(new Cell(scoreColumn, 1, 1, NOT_COUNTED, null, Style.FIGURE));
    }

    /** The 偏差原因 cell: a row not counted gives why (未填报原因) first, then its deviation reason where that says more. */
    static String reason(Indicator i) {
        String deviation = i.deviationReason() == null ? "" : i.deviationReason().strip();
        String why = i.actual().isReported() || i.actual().reason() == null ? "" : i.actual().reason().strip();
        if (why.isEmpty() || deviation.equals(why)) {
            return deviation.isEmpty() ? why : deviation;
        }
        return deviation.isEmpty() ? why : why + "；" + deviation;
    }
}
