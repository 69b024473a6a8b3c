package org.jixiao.server.declaration;

import org.jixiao.server.attachment.AttachableDocuments;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The 佐证材料 of a goal adjustment (目标调整: the finance bureau's approval the evaluation's findings ask for, the
 * reasons): on the whole adjustment, by the declarations' rules ({@link DeclarationDocuments#rights}).
 */
@Component
class AdjustmentDocuments implements AttachableDocuments {
    static final String KIND = "ADJUSTMENT";

    private final AdjustmentService adjustments;
    private final DocumentHistory history;

    AdjustmentDocuments(AdjustmentService adjustments, DocumentHistory history) {
        this.adjustments = adjustments;
        this.history = history;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String page(long documentId) {
        return "/adjustments/" + documentId;
    }

    @Override
    public Document open(long documentId, CurrentUser user) {
        return DeclarationDocuments.rights(adjustments.get(documentId, user).state(), java.util.List.of(), user);
    }

    @Override
    public boolean isPublished(long documentId) {
        return false;
    }

    @Override
    public void recordChange(long documentId, Integer indicator, String oldName, String newName, CurrentUser user,
                             boolean api) {
        DeclarationDocuments.record(history, DocumentRef.adjustment(documentId), adjustments.get(documentId, user).version(),
                indicator, oldName, newName, user, api);
    }
}
