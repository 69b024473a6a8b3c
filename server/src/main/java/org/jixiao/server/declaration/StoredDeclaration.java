package org.jixiao.server.declaration;

import java.time.OffsetDateTime;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.document.DocumentState;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.DocumentFacts;

/**
 * A declaration as kept: the core's {@link Declaration} as filed, its place in the organisation tree, its review
 * status, its version for optimistic locking, and the latest approved version of its goals (null before 终审).
 *
 * @param goalGrade finance's grade of the goals (优 / 良 / 中 / 差), null when none was given
 */
public record StoredDeclaration(long id, long organisationId, String organisationName, EvaluationStatus status, int version,
                                Integer approvedVersion, String goalGrade, Long submittedBy, OffsetDateTime updatedAt,
                                Declaration declaration) {

    public DocumentRef ref() {
        return DocumentRef.declaration(id);
    }

    public DocumentState state() {
        return new DocumentState(ref(), status, version, submittedBy);
    }

    /** What the policies ask of a document ({@link org.jixiao.server.org.Policies}). */
    public DocumentFacts facts() {
        return state().facts();
    }

    public boolean isApproved() {
        return approvedVersion != null;
    }
}
