package org.jixiao.server.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.core.monitoring.Light;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.Progress;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.springframework.stereotype.Component;

/**
 * The demo's 1–7月 monitoring round of 2023 over the approved declarations of the year: every report filled on plan
 * (green), except in one Yunnan report, where the 合格率 runs behind (yellow) and one count far behind (red), each
 * with its causes and measures. The reports stay drafts: the units have not submitted them.
 */
@Component
public class DemoMonitoring {
    static final int YEAR = 2023;
    static final int MONTH = 7;
    private static final String BEHIND_CAUSE = "演示数据：上半年进度滞后 / demo: behind plan in the first half";
    private static final String MEASURE = "演示数据：下半年加快推进 / demo: catching up in the second half";

    private final MonitoringService monitoring;

    DemoMonitoring(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    /**
     * Opens the round under each finance bureau at the top of the tree and fills its reports.
     *
     * @param behindIn the organisation whose first report runs behind (the Yunnan unit)
     */
    public void round2023(List<Organisation> topFinanceBureaus, Organisation behindIn, CurrentUser system) {
        boolean behindDone = false;
        for (Organisation top : topFinanceBureaus) {
            MonitoringService.Opened opened = monitoring.open(YEAR, MONTH, LocalDate.of(YEAR, 8, 10), RoundKind.SELF, "national",
                    top.id(), null, system);
            for (long[] r : opened.reports()) {
                StoredReport stored = monitoring.get(r[0], system);
                boolean behind = !behindDone && stored.organisationId() == behindIn.id();
                behindDone |= behind;
                monitoring.save(stored.id(), stored.version(), filled(stored, behind), system, AuditSource.DEMO);
            }
        }
    }

    private MonitoringBodies.Body filled(StoredReport stored, boolean behind) {
        MonitoringService.Judged empty = monitoring.judge(stored);
        BigDecimal e = BigDecimal.valueOf(MONTH).divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
        BigDecimal budget = empty.report().annualBudget();
        BigDecimal executed = budget == null ? null : budget.multiply(e).setScale(2, RoundingMode.HALF_UP);
        List<MonitoringBodies.Entry> entries = new ArrayList<>();
        List<IndicatorEntry> indicators = empty.report().indicators();
        boolean yellowDone = !behind;
        boolean redDone = !behind;
        for (int k = 0; k < indicators.size(); k++) {
            IndicatorEntry i = indicators.get(k);
            Target t = i.target();
            if (!t.isQuantitative()) {
                entries.add(new MonitoringBodies.Entry(k, null, null, Likelihood.CERTAIN, Set.of(), "", ""));
                continue;
            }
            BigDecimal onPlan = onPlan(stored, k, t, e);
            boolean ge = t.operator() == Operator.GE || t.operator() == Operator.GT;
            BigDecimal factor = null;
            if (ge && !yellowDone && i.name() != null && i.name().contains("合格率")) {
                factor = new BigDecimal("0.7");
                yellowDone = true;
            } else if (ge && !redDone && (i.name() == null || !i.name().contains("合格率"))) {
                factor = new BigDecimal("0.5");
                redDone = true;
            }
            if (factor == null) {
                entries.add(new MonitoringBodies.Entry(k, onPlan, t.value(), Likelihood.CERTAIN, Set.of(), "", ""));
            } else {
                entries.add(new MonitoringBodies.Entry(k, onPlan.multiply(factor).setScale(2, RoundingMode.HALF_UP),
                        t.value(), Likelihood.POSSIBLE, Set.of(DeviationCause.OTHER), BEHIND_CAUSE, MEASURE));
            }
        }
        return new MonitoringBodies.Body(executed, budget, Set.of(), "", "", entries);
    }

    /** The completion to date that is on plan: the target pro-rated for a cumulative indicator, itself for a level. */
    private BigDecimal onPlan(StoredReport stored, int k, Target t, BigDecimal e) {
        BigDecimal prorated = t.value().multiply(e).setScale(2, RoundingMode.HALF_UP);
        for (BigDecimal candidate : List.of(prorated, t.value())) {
            List<MonitoringBodies.Entry> one = List.of(new MonitoringBodies.Entry(k, candidate, t.value(),
                    Likelihood.CERTAIN, Set.of(), "", ""));
            Progress p = monitoring.preview(stored, new MonitoringBodies.Body(null, null, Set.of(), "", "", one))
                    .assessment().indicators().get(k);
            if (p != null && p.light() == Light.GREEN) {
                return candidate;
            }
        }
        return t.value();
    }
}
