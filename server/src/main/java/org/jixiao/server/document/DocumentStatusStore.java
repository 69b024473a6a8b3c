package org.jixiao.server.document;

import java.time.OffsetDateTime;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Optimistic locking of a document's changes: each write names the version it was read at and makes the next. */
@Repository
public class DocumentStatusStore {
    private final JdbcClient jdbc;

    public DocumentStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves a document to {@code to} if nobody changed it since {@code expectedVersion}; on a submission stamps who
     * and when.
     *
     * @return the new version
     * @throws DocumentConflictException when someone did
     */
    public int changeStatus(DocumentRef doc, int expectedVersion, EvaluationStatus to, Long submittedBy,
                            OffsetDateTime submittedAt) {
        // the table name comes from the enum, never from input
        int rows = jdbc.sql("UPDATE " + doc.kind().table() + """
                         SET status = :to, version = version + 1, updated_at = :now,
                            submitted_by = COALESCE(:by, submitted_by), submitted_at = COALESCE(:at, submitted_at)
                        WHERE id = :id AND version = :expected""")
                .param("to", to.name()).param("now", OffsetDateTime.now()).param("by", submittedBy)
                .param("at", submittedAt).param("id", doc.id()).param("expected", expectedVersion)
                .update();
        if (rows != 1) {
            throw new DocumentConflictException(doc, expectedVersion);
        }
        return expectedVersion + 1;
    }

    /**
     * Claims the next version of a document whose content the caller is about to replace (same table, same rule).
     *
     * @throws DocumentConflictException when someone changed it since {@code expectedVersion}
     */
    public int bump(DocumentRef doc, int expectedVersion) {
        int rows = jdbc.sql("UPDATE " + doc.kind().table()
                        + " SET version = version + 1, updated_at = :now WHERE id = :id AND version = :expected")
                .param("now", OffsetDateTime.now()).param("id", doc.id()).param("expected", expectedVersion)
                .update();
        if (rows != 1) {
            throw new DocumentConflictException(doc, expectedVersion);
        }
        return expectedVersion + 1;
    }
}
