package org.jixiao.server.monitoring;

import java.util.List;
import java.util.Set;
import org.jixiao.server.attachment.AttachableDocuments;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Component;

/**
 * The evidence files of a monitoring report, under the rules of a self-evaluation's: seen by everyone who sees the
 * report; added by its filler (or an administrator) until finance has approved it, removed while it may be edited;
 * never on 公开 (monitoring is not published). Each upload and removal is a line of the report's history.
 */
@Component
class MonitoringReportDocuments implements AttachableDocuments {
    private static final Set<EvaluationStatus> OPEN_FOR_FILES = Set.of(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED,
            EvaluationStatus.SUBMITTED, EvaluationStatus.DEPT_APPROVED);

    private final MonitoringService monitoring;
    private final DocumentHistory history;

    MonitoringReportDocuments(MonitoringService monitoring, DocumentHistory history) {
        this.monitoring = monitoring;
        this.history = history;
    }

    @Override
    public String kind() {
        return MONITORING_REPORT;
    }

    @Override
    public String page(long documentId) {
        return "/monitoring/reports/" + documentId;
    }

    @Override
    public Document open(long documentId, CurrentUser user) {
        StoredReport r = monitoring.get(documentId, user);
        boolean filler = Policies.FILLS_IN.decide(user).allowed();
        return Document.byPosition(r.id(), monitoring.indicatorCount(r), filler && OPEN_FOR_FILES.contains(r.status()),
                monitoring.mayEdit(r, user), false);
    }

    @Override
    public boolean isPublished(long documentId) {
        return false;
    }

    @Override
    public void recordChange(long documentId, Integer indicator, String oldName, String newName, CurrentUser user,
                             boolean api) {
        StoredReport r = monitoring.get(documentId, user);
        String field = indicator == null ? "attachments" : "indicator[" + indicator + "].attachments";
        history.record(r.ref(), r.version(), user.id(), user.displayName(), api ? AuditSource.API : AuditSource.SCREEN,
                List.of(new AuditTrail.Change(field, oldName, newName)));
    }
}
