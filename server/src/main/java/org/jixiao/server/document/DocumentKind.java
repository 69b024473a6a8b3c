package org.jixiao.server.document;

/** The documents of a project's year that share the step record, the history and the locking. */
public enum DocumentKind {
    EVALUATION("evaluation"),
    DECLARATION("declaration"),
    ADJUSTMENT("declaration_adjustment"),
    MONITORING_REPORT("monitoring_report"),
    RECTIFICATION("rectification"),
    /** A region's default monitoring light rules: a setting, no document — only its history is kept with theirs. */
    MONITORING_RULES("monitoring_rules_default");

    private final String table;

    DocumentKind(String table) {
        this.table = table;
    }

    /** The table holding this kind's documents, each with id, status, version, updated_at, submitted_by, submitted_at. */
    String table() {
        return table;
    }
}
