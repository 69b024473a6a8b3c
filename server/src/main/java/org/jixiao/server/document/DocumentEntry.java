package org.jixiao.server.document;

import java.time.OffsetDateTime;
import org.jixiao.server.audit.AuditSource;

/**
 * One change of one value of a document, or one of its steps: who, when, from where, old → new.
 *
 * @param version the document's version the change made
 * @param field   the value's place, e.g. {@code indicator[3].target} or {@code header.project}
 */
public record DocumentEntry(long id, DocumentKind kind, long documentId, int version, String actorName,
                            OffsetDateTime at, AuditSource source, String field, String oldValue, String newValue) {
}
