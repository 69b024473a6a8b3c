package org.jixiao.server.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A line of the evaluation list. */
public record EvaluationSummary(long id, Integer year, String project, String department, String unit,
                                String organisationName, String schemeId, EvaluationStatus status, BigDecimal total,
                                String grade, OffsetDateTime updatedAt) {
}
