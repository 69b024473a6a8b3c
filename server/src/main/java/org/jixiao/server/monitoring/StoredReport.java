package org.jixiao.server.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.document.DocumentState;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.DocumentFacts;

/**
 * A monitoring report as stored, with its round's year, month, deadline and kind.
 *
 * @param light the project's light as last saved, null while nothing is reported
 * @param rules the id of the rule set its round is judged by (core/monitoring rules/*.json)
 */
record StoredReport(long id, long roundId, long declarationId, int declarationVersion, long organisationId,
                    String organisationName, String project, EvaluationStatus status, int version, Long submittedBy,
                    String light, MonitoringBodies.Body body, int year, int month, LocalDate deadline, RoundKind kind,
                    String rules, OffsetDateTime updatedAt) {

    DocumentRef ref() {
        return DocumentRef.monitoringReport(id);
    }

    DocumentState state() {
        return new DocumentState(ref(), status, version, submittedBy);
    }

    DocumentFacts facts() {
        return new DocumentFacts(status, status.isEditable(), submittedBy);
    }

    /** Past the deadline and not yet submitted (a returned report counts again). */
    boolean isOverdue(LocalDate today) {
        return status.isEditable() && today.isAfter(deadline);
    }
}
