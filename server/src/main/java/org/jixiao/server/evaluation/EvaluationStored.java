package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * An evaluation's form or re-check as it now stands in the database, published within the saving transaction so
 * that figures derived from it (the 复核 figures) are written in the same transaction, or not at all.
 */
public record EvaluationStored(long id, SelfEvaluation form, String schemeId, List<Recheck> rechecks, Recheck budgetRecheck) {

    public EvaluationStored {
        rechecks = List.copyOf(rechecks);
        budgetRecheck = budgetRecheck == null ? Recheck.NONE : budgetRecheck;
    }

    public static EvaluationStored of(StoredEvaluation e) {
        boolean stands = e.status().holdsRecheck();
        return new EvaluationStored(e.id(), e.form(), e.schemeId(), stands ? e.rechecks() : List.of(),
                stands ? e.budgetRecheck() : Recheck.NONE);
    }
}
