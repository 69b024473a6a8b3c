package org.jixiao.server.rectification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.results.Rectification;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.monitoring.MonitoringService;
import org.jixiao.server.monitoring.ReportDeviations;
import org.jixiao.server.org.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposed rectifications (lifecycle §6): a red light or 完全不可能 in a report finance approved, or a 中 / 差 final grade
 * (the results' policy), proposes a notice; finance turns the proposal into a draft notice in one step — its title,
 * requirement (the report's deviations, or the grade and score) and deadline written from the source — then issues it.
 */
@Service
public class RectificationProposals {
    /** The forms are Chinese: a notice's text is too, whoever reads the page. */
    private static final Locale FORMS = Locale.SIMPLIFIED_CHINESE;

    private final RectificationService rectifications;
    private final RectificationRepository repository;
    private final MonitoringService monitoring;
    private final ReportDeviations deviations;
    private final MessageSource messages;
    private final int days;

    RectificationProposals(RectificationService rectifications, RectificationRepository repository,
                           MonitoringService monitoring, ReportDeviations deviations, MessageSource messages,
                           @Value("${jixiao.rectification.proposed-days:30}") int days) {
        this.rectifications = rectifications;
        this.repository = repository;
        this.monitoring = monitoring;
        this.deviations = deviations;
        this.messages = messages;
        this.days = days;
    }

    /**
     * The draft notice proposed by a report finance approved: its id.
     *
     * @throws WorkflowException the report proposes none, is not finance-approved, or has a notice already
     */
    @Transactional
    public long fromReport(long reportId, CurrentUser user) {
        MonitoringService.ReportSummary report = monitoring.summary(reportId, user);
        if (!report.proposesRectification()) {
            throw new WorkflowException("rectification.validation.notProposed");
        }
        refuseSecond(Rectification.Source.MONITORING, reportId);
        String requirement = text("rectification.proposedRequirement", report.year(), report.month()) + "\n"
                + deviations.of(reportId, user);
        return rectifications.draft(Rectification.Source.MONITORING, reportId, null,
                text("rectification.proposedTitle", report.project()), requirement, deadline(), "", user,
                AuditSource.SCREEN);
    }

    /**
     * The draft notice proposed by an evaluation's final grade, written by the results (which know the grade): its id.
     *
     * @throws WorkflowException the evaluation has a notice already
     */
    @Transactional
    public long fromEvaluation(long evaluationId, long organisationId, String title, String requirement,
                               String budgetAdvice, CurrentUser user) {
        refuseSecond(Rectification.Source.EVALUATION, evaluationId);
        return rectifications.draft(Rectification.Source.EVALUATION, evaluationId, organisationId, title, requirement,
                deadline(), budgetAdvice, user, AuditSource.SCREEN);
    }

    /** The notices already drafted from these sources, in scope: source id → notice id. */
    public Map<Long, Long> existing(Rectification.Source source, Collection<Long> sourceIds, CurrentUser user) {
        return repository.bySource(source, sourceIds, user.scope());
    }

    private void refuseSecond(Rectification.Source source, long sourceId) {
        if (repository.bySource(source, java.util.List.of(sourceId), org.jixiao.server.org.Scope.EVERYTHING)
                .containsKey(sourceId)) {
            throw new WorkflowException("rectification.validation.alreadyDrafted");
        }
    }

    private LocalDate deadline() {
        return LocalDate.now().plusDays(days);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, FORMS);
    }
}
