package org.jixiao.server.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.core.monitoring.MonitoringReport;
import org.jixiao.core.monitoring.Progress;
import org.jixiao.server.common.FindingJson;

/**
 * A monitoring report as the API gives it: lights as RED / YELLOW / GREEN / BLUE, progress in percent HALF_UP to 2
 * decimals, each light's explanation in the caller's language, the findings as every API gives them.
 */
record MonitoringJson(long id, long roundId, long declarationId, int declarationVersion, String project,
                      String organisation, int year, int month, LocalDate deadline, RoundKind kind, String rules, boolean overdue,
                      String status, int version, String light, Budget budget, List<Indicator> indicators,
                      List<FindingJson> findings) {

    record Budget(BigDecimal annualBudget, BigDecimal executedToDate, BigDecimal expected, BigDecimal progressPct,
                  String light, String explanation, List<DeviationCause> causes, String causeText, String measures) {
    }

    record Indicator(int index, String level1, String level2, String name, String target, BigDecimal toDate,
                     BigDecimal expected, String likelihood, List<DeviationCause> causes, String causeText,
                     String measures, BigDecimal progressPct, String light, String explanation) {
    }

    static MonitoringJson of(MonitoringService.Judged j, Locale locale) {
        StoredReport s = j.stored();
        MonitoringReport r = j.report();
        Progress b = j.assessment().budget();
        Budget budget = new Budget(r.annualBudget(), r.executedToDate(), r.expectedYear(), b == null ? null : b.shownPct(),
                b == null ? null : b.light().name(), b == null ? null : b.explanation().render(locale),
                sorted(r.budgetCauses()), r.budgetCauseText(), r.budgetMeasures());
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 0; k < r.indicators().size(); k++) {
            IndicatorEntry e = r.indicators().get(k);
            Progress p = j.assessment().indicators().get(k);
            indicators.add(new Indicator(k, e.level1(), e.level2(), e.name(), e.target().toString(), e.toDate(),
                    e.expected(), e.likelihood() == null ? null : e.likelihood().name(), sorted(e.causes()), e.causeText(),
                    e.measures(), p == null ? null : p.shownPct(), p == null ? null : p.light().name(),
                    p == null ? null : p.explanation().render(locale)));
        }
        return new MonitoringJson(s.id(), s.roundId(), s.declarationId(), s.declarationVersion(), s.project(),
                s.organisationName(), s.year(), s.month(), s.deadline(), s.kind(), s.rules(), s.isOverdue(LocalDate.now()),
                s.status().name(), s.version(), j.light(), budget, indicators,
                j.assessment().findings().stream().map(f -> FindingJson.of(f, locale)).toList());
    }

    static List<DeviationCause> sorted(java.util.Set<DeviationCause> causes) {
        return causes.stream().sorted().toList();
    }
}
