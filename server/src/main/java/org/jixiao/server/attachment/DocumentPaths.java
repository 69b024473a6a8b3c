package org.jixiao.server.attachment;

import java.util.Map;

/**
 * The documents that take files, as their pages and the API name them: /evaluations/{id}/attachments,
 * /declarations/{id}/attachments, /adjustments/{id}/attachments (and the same under /api). Each path's kind is the
 * one its AttachableDocuments bean answers for; written here as text, since the declaration package depends on this
 * one and not the other way round.
 */
final class DocumentPaths {
    static final String FILES = "/{documents:evaluations|declarations|adjustments}/{id}/attachments";
    private static final Map<String, String> KINDS = Map.of("evaluations", EvaluationDocuments.KIND,
            "declarations", "DECLARATION", "adjustments", "ADJUSTMENT");

    private DocumentPaths() {
    }

    static String kind(String documents) {
        return KINDS.get(documents);
    }

    /** Back to the document's page, at its files. */
    static String back(String documents, long id) {
        return "redirect:/" + documents + "/" + id + "#attachments";
    }
}
