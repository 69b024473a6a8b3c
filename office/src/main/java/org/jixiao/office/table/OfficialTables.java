package org.jixiao.office.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;

/** Picks the printed form of an evaluation from its layout: the Suzhou form, or the national one. */
public final class OfficialTables {
    private OfficialTables() {
    }

    public static OfficialTable of(SelfEvaluation e) {
        return of(e, OriginalTargets.none());
    }

    /** The form, each target an approved adjustment changed printed beside its original (年初) one. */
    public static OfficialTable of(SelfEvaluation e, OriginalTargets originals) {
        return "suzhou".equals(e.layout()) ? SuzhouForm.of(e, originals) : NationalForm.of(e, originals);
    }

    /**
     * The form, and below it, where finance has re-checked the table, the re-checked total and grade the table stands
     * at — the core's {@link FinalResult}, as the screen and the API show it — on a line of its own under the grid.
     */
    public static OfficialTable of(SelfEvaluation e, FinalResult result) {
        return of(e, result, OriginalTargets.none());
    }

    /** The form with its original (年初) targets beside the adjusted ones, and the re-checked result under it. */
    public static OfficialTable of(SelfEvaluation e, FinalResult result, OriginalTargets originals) {
        OfficialTable t = of(e, originals);
        if (result == null || !result.isRechecked()) {
            return t;
        }
        List<GridRow> rows = new ArrayList<>(t.rows());
        rows.add(new GridRow().caption(0, t.columns(), recheckLine(result)));
        return new OfficialTable(t.evaluation(), t.title(), t.disclosureNo(), t.columns(), t.widths(), t.headerRows(), rows,
                t.currency());
    }

    /** "财政复核：总分 89.93，等级 良". */
    public static String recheckLine(FinalResult result) {
        return "财政复核：总分 " + result.total().toPlainString() + "，等级 " + (result.grade() == null ? "—" : result.grade());
    }
}
