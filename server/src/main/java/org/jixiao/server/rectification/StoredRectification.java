package org.jixiao.server.rectification;

import java.time.OffsetDateTime;
import org.jixiao.core.results.Rectification;
import org.jixiao.server.document.DocumentRef;

/** A rectification notice as stored: the core's notice, where it is filed, its answer and its version. */
record StoredRectification(long id, long organisationId, String organisationName, Long sourceId,
                           Rectification notice, String feedback, int version, OffsetDateTime updatedAt) {

    DocumentRef ref() {
        return DocumentRef.rectification(id);
    }
}
