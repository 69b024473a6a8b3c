package org.jixiao.server.document;

/** One document: its kind and its id within the kind. */
public record DocumentRef(DocumentKind kind, long id) {

    public DocumentRef {
        if (kind == null) {
            throw new IllegalArgumentException("a document needs its kind");
        }
    }

    public static DocumentRef declaration(long id) {
        return new DocumentRef(DocumentKind.DECLARATION, id);
    }

    public static DocumentRef adjustment(long id) {
        return new DocumentRef(DocumentKind.ADJUSTMENT, id);
    }

    public static DocumentRef monitoringReport(long id) {
        return new DocumentRef(DocumentKind.MONITORING_REPORT, id);
    }

    /** The history of an organisation's default monitoring light rules. */
    public static DocumentRef monitoringRules(long organisationId) {
        return new DocumentRef(DocumentKind.MONITORING_RULES, organisationId);
    }

    public static DocumentRef rectification(long id) {
        return new DocumentRef(DocumentKind.RECTIFICATION, id);
    }
}
