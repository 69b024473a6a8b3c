package org.jixiao.server.attachment;

import java.util.List;
import java.util.Set;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.jixiao.server.org.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of a self-evaluation: seen by everyone who sees the table; added by its filler (or an administrator)
 * until finance has approved it — evidence a reviewer asks for may come while it is under review —, removed while
 * the form may be edited; shown on 公开 by finance. Each upload and removal is a line of the table's 修改记录.
 */
@Component
class EvaluationDocuments implements AttachableDocuments {
    static final String KIND = "EVALUATION";
    private static final Set<EvaluationStatus> OPEN_FOR_FILES = Set.of(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED,
            EvaluationStatus.SUBMITTED, EvaluationStatus.DEPT_APPROVED);

    private final EvaluationService evaluations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    EvaluationDocuments(EvaluationService evaluations, AuditTrail audit, JdbcClient jdbc) {
        this.evaluations = evaluations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Document open(long documentId, CurrentUser user) {
        StoredEvaluation e = evaluations.get(documentId, user);
        boolean filler = Policies.FILLS_IN.decide(user).allowed();
        return new Document(e.id(), evaluations.rowKeys(e), filler && OPEN_FOR_FILES.contains(e.status()),
                evaluations.mayEdit(e, user), user.is(Role.FINANCE_REVIEWER) || user.is(Role.ADMIN));
    }

    @Override
    public String page(long documentId) {
        return "/evaluations/" + documentId;
    }

    @Override
    public boolean isPublished(long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE id = :id AND status = 'PUBLISHED'").param("id", documentId)
                .query(Long.class).single() > 0;
    }

    @Override
    public void recordChange(long documentId, Integer indicator, String oldName, String newName, CurrentUser user,
                             boolean api) {
        int version = jdbc.sql("SELECT version FROM evaluation WHERE id = :id").param("id", documentId)
                .query(Integer.class).single();
        String field = indicator == null ? "attachments" : "indicators[" + indicator + "].attachments";
        audit.record(documentId, version, user.id(), user.displayName(), api ? AuditSource.API : AuditSource.SCREEN,
                List.of(new AuditTrail.Change(field, oldName, newName)));
    }
}
