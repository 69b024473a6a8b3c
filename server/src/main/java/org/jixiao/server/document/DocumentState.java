package org.jixiao.server.document;

import org.jixiao.server.evaluation.EvaluationStatus;

/**
 * Where a document stands in its review, as read in the caller's scope.
 *
 * @param version     the version for optimistic locking
 * @param submittedBy who submitted it last, null before any submission
 */
public record DocumentState(DocumentRef ref, EvaluationStatus status, int version, Long submittedBy) {
}
