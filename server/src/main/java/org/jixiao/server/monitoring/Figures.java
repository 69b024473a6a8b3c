package org.jixiao.server.monitoring;

import java.math.BigDecimal;
import org.jixiao.core.monitoring.MonitoringAssessment;
import org.jixiao.core.monitoring.MonitoringReport;

/**
 * What a report's lists show of it, derived by the core whenever it is judged and kept beside it (V52): the project's
 * light (null while nothing is reported), its error findings, the budget's shown progress, and whether it proposes a
 * rectification notice.
 */
record Figures(String light, int errors, BigDecimal budgetPct, boolean proposes) {

    static Figures of(MonitoringService.Judged j) {
        return of(j.report(), j.assessment());
    }

    static Figures of(MonitoringReport report, MonitoringAssessment assessment) {
        var budget = assessment.budget();
        return new Figures(MonitoringService.lightOf(assessment), MonitoringService.errorsOf(assessment),
                budget == null ? null : budget.shownPct(), assessment.proposesRectification(report));
    }
}
