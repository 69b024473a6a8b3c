package org.jixiao.server.attachment;

import java.time.OffsetDateTime;

/**
 * One evidence file, without its bytes: on the whole document ({@code indicator} null) or on one indicator row. The
 * name is the original file name as text; the type is what the content was recognised as.
 */
public record Attachment(long id, String documentKind, long documentId, Integer indicator, String name,
                         String contentType, long size, boolean isPublic, String uploadedBy, OffsetDateTime uploadedAt) {

    /** The size as people read it: 850 B, 35 KB, 1.2 MB. */
    public String sizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024));
    }
}
