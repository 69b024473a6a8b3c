package org.jixiao.server.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * A self-evaluation as kept by the server: the form (the core's {@link SelfEvaluation}) with its place in the
 * organisation tree, its workflow status and its version for optimistic locking.
 *
 * @param rechecks the finance re-check per indicator, in the form's order
 */
public record StoredEvaluation(long id, long organisationId, String organisationName, String schemeId,
                               EvaluationStatus status, int version, Long submittedBy, String source,
                               OffsetDateTime updatedAt, SelfEvaluation form, List<Recheck> rechecks) {

    public StoredEvaluation {
        rechecks = List.copyOf(rechecks);
    }
}
