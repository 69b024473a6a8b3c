package org.jixiao.server.rectification;

import java.util.List;
import org.jixiao.core.results.Rectification;
import org.jixiao.server.attachment.AttachableDocuments;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Component;

/**
 * The evidence of a rectification's answer (整改佐证材料): seen by everyone who sees the notice; added and removed by a
 * filler of the notice's organisation while the notice waits for the answer (issued or returned), so what finance
 * accepts is what was answered; never on 公开. Each upload and removal is a line of the notice's history.
 */
@Component
class RectificationDocuments implements AttachableDocuments {
    private final RectificationService rectifications;
    private final OrganisationRepository organisations;
    private final DocumentHistory history;

    RectificationDocuments(RectificationService rectifications, OrganisationRepository organisations,
                           DocumentHistory history) {
        this.rectifications = rectifications;
        this.organisations = organisations;
        this.history = history;
    }

    @Override
    public String kind() {
        return RECTIFICATION;
    }

    @Override
    public String page(long documentId) {
        return "/rectifications/" + documentId;
    }

    @Override
    public Document open(long documentId, CurrentUser user) {
        StoredRectification r = rectifications.get(documentId, user);
        Rectification.State state = r.notice().state();
        boolean answering = state == Rectification.State.ISSUED || state == Rectification.State.RETURNED;
        boolean unitsFiller = organisations.findById(r.organisationId(), user.scope())
                .map(o -> Policies.MAY_FILL_IN.decide(user, o).allowed()).orElse(false);
        boolean may = answering && unitsFiller;
        return Document.byPosition(r.id(), 0, may, may, false);
    }

    @Override
    public boolean isPublished(long documentId) {
        return false;
    }

    @Override
    public void recordChange(long documentId, Integer indicator, String oldName, String newName, CurrentUser user,
                             boolean api) {
        StoredRectification r = rectifications.get(documentId, user);
        history.record(r.ref(), r.version(), user.id(), user.displayName(), api ? AuditSource.API : AuditSource.SCREEN,
                List.of(new AuditTrail.Change("attachments", oldName, newName)));
    }
}
