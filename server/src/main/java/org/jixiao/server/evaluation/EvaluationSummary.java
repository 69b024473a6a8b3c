package org.jixiao.server.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A line of the evaluation list, with the version it was read at (what a batch review of the row acts on). */
public record EvaluationSummary(long id, Integer year, String project, String department, String unit,
                                String organisationName, String schemeId, EvaluationStatus status, BigDecimal total,
                                String grade, OffsetDateTime updatedAt, int version) {
}
