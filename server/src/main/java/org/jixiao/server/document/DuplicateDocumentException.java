package org.jixiao.server.document;

/** A document that may exist once (one declaration per organisation, project and year) exists already. */
public class DuplicateDocumentException extends RuntimeException {
    private final String messageKey;
    private final long existingId;

    public DuplicateDocumentException(String messageKey, long existingId) {
        super(messageKey + " " + existingId);
        this.messageKey = messageKey;
        this.existingId = existingId;
    }

    public String messageKey() {
        return messageKey;
    }

    public long existingId() {
        return existingId;
    }
}
