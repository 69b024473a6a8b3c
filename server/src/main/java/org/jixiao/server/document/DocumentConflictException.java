package org.jixiao.server.document;

/** Someone else changed the document since the version the caller read (optimistic locking). */
public class DocumentConflictException extends RuntimeException {
    private final DocumentRef document;
    private final int yourVersion;

    public DocumentConflictException(DocumentRef document, int yourVersion) {
        super(document.kind() + " " + document.id() + " was changed since version " + yourVersion);
        this.document = document;
        this.yourVersion = yourVersion;
    }

    public DocumentRef document() {
        return document;
    }

    public int yourVersion() {
        return yourVersion;
    }
}
