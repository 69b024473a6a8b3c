package org.jixiao.server.document;

import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.DocumentFacts;

/**
 * Where a document stands in its review, as read in the caller's scope.
 *
 * @param version     the version for optimistic locking
 * @param submittedBy who submitted it last, null before any submission
 */
public record DocumentState(DocumentRef ref, EvaluationStatus status, int version, Long submittedBy) {

    /** What the policies ask of a document ({@link org.jixiao.server.org.Policies}). */
    public DocumentFacts facts() {
        return new DocumentFacts(status, status.isEditable(), submittedBy);
    }
}
