package org.jixiao.server.workflow;

import java.time.OffsetDateTime;
import org.jixiao.server.evaluation.EvaluationStatus;

/** One step taken, stamped with who, when and the opinion. */
public record WorkflowStep(long id, Transition action, EvaluationStatus from, EvaluationStatus to, long actorId,
                           String actorName, OffsetDateTime actedAt, String opinion) {
}
