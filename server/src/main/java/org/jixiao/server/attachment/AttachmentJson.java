package org.jixiao.server.attachment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** An attachment as the API gives it: {@code indicator} null for a file on the whole table. */
public record AttachmentJson(long id, String name, long size, String contentType, Integer indicator,
                             @JsonProperty("public") boolean isPublic, String uploadedBy, OffsetDateTime uploadedAt) {

    public static AttachmentJson of(Attachment a) {
        return new AttachmentJson(a.id(), a.name(), a.size(), a.contentType(), a.indicator(), a.isPublic(), a.uploadedBy(),
                a.uploadedAt());
    }
}
