package org.jixiao.server.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.core.assessment.Rechecks;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.org.DocumentFacts;

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

    /** What the policies ask of a document (see {@link org.jixiao.server.org.Policies}). */
    public DocumentFacts facts() {
        return new DocumentFacts(status, status.isEditable(), submittedBy);
    }

    /**
     * Finance's re-check as the table stands at it: none while its status holds no re-check
     * ({@link EvaluationStatus#holdsRecheck()}); the entries stay stored for the next approval.
     */
    public Rechecks standingRechecks() {
        return status.holdsRecheck() ? Recheck.forCore(rechecks, budgetRecheck) : Rechecks.NONE;
    }
}
