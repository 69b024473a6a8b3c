package org.jixiao.server.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinanceRecheck;

/**
 * A self-evaluation as kept by the server: the form (the core's {@link SelfEvaluation}) with its place in the
 * organisation tree, its workflow status and its version for optimistic locking.
 *
 * @param rechecks      the finance re-check per indicator, in the form's order
 * @param budgetRecheck the finance re-check of the budget-execution row ({@link Recheck#NONE} when none)
 */
public record StoredEvaluation(long id, long organisationId, String organisationName, String schemeId,
                               EvaluationStatus status, int version, Long submittedBy, String source,
                               OffsetDateTime updatedAt, SelfEvaluation form, List<Recheck> rechecks,
                               Recheck budgetRecheck) {

    public StoredEvaluation {
        rechecks = List.copyOf(rechecks);
        budgetRecheck = budgetRecheck == null ? Recheck.NONE : budgetRecheck;
    }

    /** The finance re-check as the core's re-checked total takes it: none while the status holds no re-check. */
    public List<FinanceRecheck.Entry> recheckEntries() {
        return standingRechecks().stream().map(Recheck::entry).toList();
    }

    /** The re-check per indicator that the table stands at (see {@link EvaluationStatus#holdsRecheck()}). */
    public List<Recheck> standingRechecks() {
        return status.holdsRecheck() ? rechecks : List.of();
    }

    /** The re-check of the execution row that the table stands at. */
    public Recheck standingBudgetRecheck() {
        return status.holdsRecheck() ? budgetRecheck : Recheck.NONE;
    }
}
