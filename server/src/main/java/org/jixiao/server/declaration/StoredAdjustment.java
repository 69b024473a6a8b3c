package org.jixiao.server.declaration;

import java.time.OffsetDateTime;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.document.DocumentState;
import org.jixiao.server.evaluation.EvaluationStatus;

/**
 * An adjustment (绩效目标调整) as kept: filed on a declaration against the version then in force.
 *
 * @param baseVersion the approved version it changes
 * @param madeVersion the version its approval made, null until approved
 */
public record StoredAdjustment(long id, long declarationId, int baseVersion, Integer madeVersion, EvaluationStatus status,
                               int version, Long submittedBy, OffsetDateTime updatedAt, Adjustment adjustment) {

    public DocumentRef ref() {
        return DocumentRef.adjustment(id);
    }

    public DocumentState state() {
        return new DocumentState(ref(), status, version, submittedBy);
    }

    /** Not yet approved: being filled or in review. */
    public boolean isOpen() {
        return status != EvaluationStatus.FINANCE_APPROVED;
    }
}
