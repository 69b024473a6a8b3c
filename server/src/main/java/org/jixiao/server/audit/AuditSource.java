package org.jixiao.server.audit;

/** Where a change came from. */
public enum AuditSource {
    /** the form in the browser */
    SCREEN,
    /** the REST API */
    API,
    /** imported from published text */
    IMPORT,
    /** the demo loader */
    DEMO,
    /** a workflow step */
    WORKFLOW
}
