package org.jixiao.server.workbench;

import java.time.OffsetDateTime;

/**
 * One 站内消息 to one person: a return (with its opinion), an approval, a re-check, a publication, a 催报 reminder.
 * {@code documentKind} / {@code documentId} name what it is about (null for a reminder of a whole year).
 */
public record Message(long id, Kind kind, String documentKind, Long documentId, String subject, String opinion,
                      Integer year, String senderName, OffsetDateTime sentAt, OffsetDateTime readAt) {

    /** What a message says happened. */
    public enum Kind { RETURNED, APPROVED, RECHECKED, PUBLISHED, REMINDER }

    public boolean isUnread() {
        return readAt == null;
    }

    /** Where opening it leads: the document, or the list of the year's tables for a reminder. */
    public String link() {
        if ("EVALUATION".equals(documentKind) && documentId != null) {
            return "/evaluations/" + documentId + (kind == Kind.RETURNED ? "?tab=review" : "");
        }
        return year == null ? "/evaluations" : "/evaluations?year=" + year;
    }
}
