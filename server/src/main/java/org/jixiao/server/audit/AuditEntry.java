package org.jixiao.server.audit;

import java.time.OffsetDateTime;

/**
 * One change of one value, or one workflow step: who, when, from where, old → new.
 *
 * @param field the value's place on the form, e.g. {@code indicator[3].actual} or {@code header.project}
 */
public record AuditEntry(long id, long evaluationId, String actorName, OffsetDateTime at, AuditSource source,
                         String field, String oldValue, String newValue) {
}
