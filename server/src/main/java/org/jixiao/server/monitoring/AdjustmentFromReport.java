package org.jixiao.server.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.declaration.AdjustmentService;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * From a report finance has approved, finance asks the unit to adjust its goals (lifecycle §4: 监控结果 → 调整): a draft
 * adjustment of the declaration whose 调整说明 lists the deviations the report explained (ReportDeviations), for the
 * unit to complete and submit.
 */
@Component
class AdjustmentFromReport {
    private final MonitoringService monitoring;
    private final AdjustmentService adjustments;
    private final ReportDeviations deviations;

    AdjustmentFromReport(MonitoringService monitoring, AdjustmentService adjustments, ReportDeviations deviations) {
        this.monitoring = monitoring;
        this.adjustments = adjustments;
        this.deviations = deviations;
    }

    /**
     * The draft adjustment's id.
     *
     * @throws WorkflowException the report is not finance-approved, or the declaration has an adjustment open
     */
    @Transactional
    long ask(long reportId, CurrentUser user) {
        MonitoringService.Judged j = monitoring.judged(reportId, user);
        if (j.stored().status() != EvaluationStatus.FINANCE_APPROVED) {
            throw new WorkflowException("monitoring.error.adjustNotReviewed");
        }
        List<String> lines = new ArrayList<>();
        lines.add(deviations.text("monitoring.adjustment.heading", j.stored().year(), j.stored().month(), j.stored().id()));
        lines.addAll(deviations.lines(j));
        return adjustments.askFor(j.stored().declarationId(), new Adjustment("", String.join("\n", lines), null, List.of()),
                user, AuditSource.SCREEN);
    }
}
