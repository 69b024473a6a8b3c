package org.jixiao.server.workflow;

import org.jixiao.server.evaluation.EvaluationStatus;

/**
 * Published, in the step's transaction, after every workflow step: what the 站内消息 of returns, approvals and
 * re-checks are made from.
 *
 * @param submittedBy who submitted the table (null when nobody has yet)
 */
public record WorkflowStepTaken(long evaluationId, long organisationId, String project, Integer year, Transition action,
                                EvaluationStatus from, String opinion, long actorId, String actorName, Long submittedBy) {
}
