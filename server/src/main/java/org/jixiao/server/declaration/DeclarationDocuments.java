package org.jixiao.server.declaration;

import java.util.List;
import java.util.Set;
import org.jixiao.server.attachment.AttachableDocuments;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.document.DocumentState;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Component;

/**
 * The 佐证材料 of a declaration (绩效目标申报: a project's approval, a budget calculation), by the rules of the
 * evaluations' files: seen by whoever sees the declaration (its scope), added by a filler until finance has approved
 * it, removed while it may be edited (Policies.MAY_EDIT), each upload and removal in its history. Never on 公开.
 */
@Component
class DeclarationDocuments implements AttachableDocuments {
    static final String KIND = "DECLARATION";
    /** Files still come while the document is under review: the evidence a reviewer asks for. */
    static final Set<EvaluationStatus> OPEN_FOR_FILES = Set.of(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED,
            EvaluationStatus.SUBMITTED, EvaluationStatus.DEPT_APPROVED);

    private final DeclarationService declarations;
    private final DocumentHistory history;

    DeclarationDocuments(DeclarationService declarations, DocumentHistory history) {
        this.declarations = declarations;
        this.history = history;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String page(long documentId) {
        return "/declarations/" + documentId;
    }

    @Override
    public Document open(long documentId, CurrentUser user) {
        StoredDeclaration d = declarations.get(documentId, user);
        // a declaration's rows are named by position: its form does not carry the rows' keys through moves yet
        return rights(d.state(), java.util.stream.IntStream.range(0, d.declaration().indicators().size()).boxed().toList(), user);
    }

    /** What a person may do with the files of a declaration or an adjustment in the given state. */
    static Document rights(DocumentState state, List<Integer> rowKeys, CurrentUser user) {
        return new Document(state.ref().id(), rowKeys,
                Policies.FILLS_IN.decide(user).allowed() && OPEN_FOR_FILES.contains(state.status()),
                Policies.MAY_EDIT.decide(user, state.facts()).allowed(), false);
    }

    @Override
    public boolean isPublished(long documentId) {
        return false;
    }

    @Override
    public void recordChange(long documentId, Integer indicator, String oldName, String newName, CurrentUser user,
                             boolean api) {
        record(history, DocumentRef.declaration(documentId), declarations.get(documentId, user).version(), indicator,
                oldName, newName, user, api);
    }

    static void record(DocumentHistory history, DocumentRef doc, int version, Integer indicator, String oldName,
                       String newName, CurrentUser user, boolean api) {
        String field = indicator == null ? "attachments" : "indicators[" + indicator + "].attachments";
        history.record(doc, version, user.id(), user.displayName(), api ? AuditSource.API : AuditSource.SCREEN,
                List.of(new AuditTrail.Change(field, oldName, newName)));
    }
}
