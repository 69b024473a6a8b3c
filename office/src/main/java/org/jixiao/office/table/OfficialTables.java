package org.jixiao.office.table;

import org.jixiao.core.evaluation.SelfEvaluation;

/** Picks the printed form of an evaluation from its layout: the Suzhou form, or the national one. */
public final class OfficialTables {
    private OfficialTables() {
    }

    public static OfficialTable of(SelfEvaluation e) {
        return "suzhou".equals(e.layout()) ? SuzhouForm.of(e) : NationalForm.of(e);
    }
}
