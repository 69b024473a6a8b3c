package org.jixiao.server.declaration;

import java.time.OffsetDateTime;
import org.jixiao.server.evaluation.EvaluationStatus;

/** One row of the declaration list; {@code evaluationId} the self-evaluation made from it, null where none. */
public record DeclarationSummary(long id, int year, String project, String projectCode, String department, String unit,
                                 String organisationName, EvaluationStatus status, Integer approvedVersion, String goalGrade,
                                 int errors, int warnings, OffsetDateTime updatedAt,
                                 Long evaluationId) {
}
