package org.jixiao.server.attachment;

import java.time.OffsetDateTime;

/**
 * One evidence file, without its bytes: on the whole document ({@code indicatorKey} null) or on one indicator row,
 * named by the row's identity, which stays with the row when rows move or others are deleted. {@code indicator} is
 * where that row stands now (0-based; null on the whole document, or when its row was deleted: the file then counts
 * as the document's). The name is the original file name as text; the type is what the content was recognised as.
 */
public record Attachment(long id, String documentKind, long documentId, Integer indicatorKey, Integer indicator,
                         String name, String contentType, long size, boolean isPublic, String uploadedBy,
                         OffsetDateTime uploadedAt) {

    /** The same file, placed on its row as the document's rows now stand. */
    Attachment placedBy(java.util.List<Integer> rowKeys) {
        int at = indicatorKey == null ? -1 : rowKeys.indexOf(indicatorKey);
        return new Attachment(id, documentKind, documentId, indicatorKey, at < 0 ? null : at, name, contentType, size,
                isPublic, uploadedBy, uploadedAt);
    }

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
