package org.jixiao.server.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.results.Rectification;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.monitoring.MonitoringService;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rectification notices (lifecycle §6): drafted and issued by finance, answered by the unit, accepted or returned by
 * finance. Which step a state allows is the core's {@link Rectification#after}; who takes it, the {@link Policies}.
 */
@Service
public class RectificationService {
    private final RectificationRepository repository;
    private final OrganisationRepository organisations;
    private final MonitoringService monitoring;
    private final DocumentHistory history;

    RectificationService(RectificationRepository repository, OrganisationRepository organisations,
                         MonitoringService monitoring, DocumentHistory history) {
        this.repository = repository;
        this.organisations = organisations;
        this.monitoring = monitoring;
        this.history = history;
    }

    StoredRectification get(long id, CurrentUser user) {
        return repository.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("rectification " + id));
    }

    /**
     * Drafts a notice: from a monitoring report finance has approved (the report's organisation), or for an
     * organisation in scope from another source.
     *
     * @return its id
     */
    @Transactional
    public long draft(Rectification.Source source, Long sourceId, Long organisationId, String title, String requirement,
                      LocalDate deadline, String budgetAdvice, CurrentUser user, AuditSource auditSource) {
        Policies.MAY_DIRECT_FOLLOW_UP.decide(user).orThrow();
        long orgId;
        if (source == Rectification.Source.MONITORING) {
            MonitoringService.ReportSummary report = monitoring.summary(sourceId, user);
            if (report.status() != EvaluationStatus.FINANCE_APPROVED) {
                throw new WorkflowException("rectification.validation.sourceNotReviewed");
            }
            orgId = report.organisationId();
        } else {
            Organisation org = organisations.findById(organisationId, user.scope())
                    .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
            orgId = org.id();
        }
        Rectification r = new Rectification(source, title.strip(), requirement.strip(), deadline, budgetAdvice, null);
        long id = repository.insert(orgId, sourceId, r, user.id());
        List<AuditTrail.Change> changes = new ArrayList<>();
        changes.add(new AuditTrail.Change("state", null, r.state().name()));
        changes.add(new AuditTrail.Change("title", null, r.title()));
        changes.add(new AuditTrail.Change("requirement", null, r.requirement()));
        changes.add(new AuditTrail.Change("deadline", null, r.deadline().toString()));
        if (!r.budgetAdvice().isEmpty()) {
            changes.add(new AuditTrail.Change("budgetAdvice", null, r.budgetAdvice()));
        }
        history.record(org.jixiao.server.document.DocumentRef.rectification(id), 0, user.id(), user.displayName(),
                auditSource, changes);
        return id;
    }

    /**
     * Takes a step over the version read: 下达 (ISSUE) and 通过 / 退回 (ACCEPT / RETURN, with an opinion) by finance,
     * 反馈 (ANSWER, with the feedback) by the unit's filler.
     *
     * @return the new version
     */
    @Transactional
    public int step(long id, Rectification.Step step, Integer version, String text, CurrentUser user,
                    AuditSource auditSource) {
        StoredRectification stored = get(id, user);
        if (step == Rectification.Step.ANSWER) {
            Organisation org = organisations.findById(stored.organisationId(), user.scope())
                    .orElseThrow(() -> new NotFoundException("organisation " + stored.organisationId()));
            Policies.MAY_FILL_IN.decide(user, org).orThrow();
        } else {
            Policies.MAY_DIRECT_FOLLOW_UP.decide(user).orThrow();
        }
        Rectification next;
        try {
            next = stored.notice().after(step);
        } catch (IllegalStateException refused) {
            throw new WorkflowException("rectification.validation.step");
        }
        String said = text == null ? null : text.strip();
        boolean needsText = step == Rectification.Step.ANSWER || step == Rectification.Step.RETURN;
        if (needsText && (said == null || said.isEmpty())) {
            throw new WorkflowException("error.opinionRequired");
        }
        if (said != null && said.length() > 4000) {
            throw new WorkflowException("validation.opinionTooLong");
        }
        if (version != null && version != stored.version()) {
            throw new DocumentConflictException(stored.ref(), version);
        }
        boolean answer = step == Rectification.Step.ANSWER;
        int newVersion = repository.step(id, stored.version(), next.state(), answer ? said : null,
                answer ? user.id() : null);
        List<AuditTrail.Change> changes = new ArrayList<>();
        changes.add(new AuditTrail.Change("state", stored.notice().state().name(), next.state().name()));
        if (answer) {
            changes.add(new AuditTrail.Change("feedback", stored.feedback(), said));
        } else if (said != null && !said.isEmpty()) {
            changes.add(new AuditTrail.Change("opinion", null, said));
        }
        history.record(stored.ref(), newVersion, user.id(), user.displayName(), auditSource, changes);
        return newVersion;
    }

    List<org.jixiao.server.document.DocumentEntry> history(StoredRectification r) {
        return history.history(r.ref());
    }
}
