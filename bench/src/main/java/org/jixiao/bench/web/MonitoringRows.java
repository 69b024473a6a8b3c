package org.jixiao.bench.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.MonitoringAssessment;
import org.jixiao.core.monitoring.MonitoringReport;
import org.jixiao.core.monitoring.MonitoringRules;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Monitoring reports as the server's tables hold them (V50–V52): one 1–7月 round per province, a report per approved
 * declaration it covers with what a unit reports (the JSON of the server's {@code MonitoringBodies}: figures drawn
 * around the elapsed share, likelihoods, causes and measures where a light is not green), and the list figures the
 * server keeps — light, errors, budget progress, whether a rectification is proposed — judged by the core's
 * {@link MonitoringAssessment} under the national rules, as a save would.
 */
final class MonitoringRows {
    static final int YEAR = 2024;
    static final int MONTH = 7;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MonitoringRules RULES = MonitoringRules.national();

    private final CopyRows rounds = new CopyRows("monitoring_round",
            "id, organisation_id, budget_year, period_month, deadline, kind, rules_id, created_by, created_at");
    private final CopyRows reports = new CopyRows("monitoring_report", """
            id, round_id, declaration_id, declaration_version, organisation_id, project, status, light, errors, budget_pct,
            proposes, body, submitted_by, submitted_at, created_at, updated_at, version""");
    private final SplittableRandom random;
    private final EvaluationRows.Actors actors;
    private final Map<String, Long> byLight = new LinkedHashMap<>();

    MonitoringRows(SplittableRandom random, EvaluationRows.Actors actors) {
        this.random = random;
        this.actors = actors;
    }

    void round(long id, long provinceId) {
        rounds.add(id, provinceId, YEAR, MONTH, LocalDate.of(YEAR, 8, 10), "SELF", "national", actors.financeReviewer(),
                OffsetDateTime.parse(YEAR + "-07-20T09:00:00+08:00"));
    }

    /** A report on an approved declaration (its version 1): figures drawn, judged by the core. */
    void add(long id, long roundId, long declarationId, OrgTree.Org unit, Declaration d) {
        double r = random.nextDouble();
        String status = r < 0.30 ? "DRAFT" : r < 0.50 ? "SUBMITTED" : r < 0.65 ? "DEPT_APPROVED" : r < 0.95
                ? "FINANCE_APPROVED" : "RETURNED";
        boolean filled = !status.equals("DRAFT") || random.nextDouble() < 0.6;
        BigDecimal budget = d.annualFunding().total();
        List<IndicatorEntry> entries = new ArrayList<>();
        List<Map<String, Object>> reported = new ArrayList<>();
        BigDecimal executed = null;
        BigDecimal expected = null;
        if (filled) {
            executed = budget == null ? null : budget.multiply(share(0.2, 0.8)).setScale(2, RoundingMode.HALF_UP);
            expected = budget;
        }
        for (int k = 0; k < d.indicators().size(); k++) {
            DeclaredIndicator i = d.indicators().get(k);
            IndicatorEntry blank = IndicatorEntry.of(i);
            BigDecimal target = i.target().value();
            if (!filled || target == null) {
                entries.add(blank);
                continue;
            }
            BigDecimal toDate = target.multiply(share(0.25, 0.95)).setScale(2, RoundingMode.HALF_UP);
            Likelihood likelihood = random.nextDouble() < 0.85 ? Likelihood.CERTAIN
                    : random.nextDouble() < 0.8 ? Likelihood.POSSIBLE : Likelihood.IMPOSSIBLE;
            boolean explained = likelihood != Likelihood.CERTAIN || random.nextDouble() < 0.3;
            Set<DeviationCause> causes = explained ? Set.of(DeviationCause.values()[random.nextInt(5)]) : Set.of();
            String causeText = explained ? "资金下达较晚，部分工作延后" : "";
            String measures = explained ? "下半年加快实施进度" : "";
            entries.add(new IndicatorEntry(blank.level1(), blank.level2(), blank.name(), blank.target(), toDate, target,
                    likelihood, causes, causeText, measures));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", k);
            m.put("toDate", toDate);
            m.put("expected", target);
            m.put("likelihood", likelihood.name());
            m.put("causes", causes.stream().map(Enum::name).toList());
            m.put("causeText", causeText);
            m.put("measures", measures);
            reported.add(m);
        }
        MonitoringReport report = new MonitoringReport(d.header(), YEAR, MONTH, budget, executed, expected, Set.of(), "",
                "", entries);
        MonitoringAssessment a = MonitoringAssessment.of(report, RULES);
        boolean anything = a.budget() != null || a.indicators().stream().anyMatch(java.util.Objects::nonNull);
        String light = anything ? a.project().name() : null;
        int errors = (int) a.findings().stream().filter(f -> f.severity() == org.jixiao.core.checks.Severity.ERROR).count();
        byLight.merge(light == null ? "NONE" : light, 1L, Long::sum);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("executedToDate", executed);
        body.put("expected", expected);
        body.put("budgetCauses", List.of());
        body.put("budgetCauseText", "");
        body.put("budgetMeasures", "");
        body.put("indicators", reported);
        boolean submitted = !status.equals("DRAFT");
        OffsetDateTime created = OffsetDateTime.parse(YEAR + "-07-20T09:00:00+08:00");
        OffsetDateTime updated = created.plusDays(random.nextInt(25)).plusMinutes(random.nextInt(600));
        reports.add(id, roundId, declarationId, 1, unit.id(), d.header().project(), status, light, errors,
                a.budget() == null ? null : a.budget().shownPct(), a.proposesRectification(report),
                JSON.writeValueAsString(body), submitted ? actors.filler() : null, submitted ? updated : null, created,
                updated, submitted ? 1 : 0);
    }

    private BigDecimal share(double from, double to) {
        return BigDecimal.valueOf(from + random.nextDouble() * (to - from));
    }

    Map<String, Long> byLight() {
        return byLight;
    }

    void flush(CopyManager copy) throws SQLException, IOException {
        rounds.flush(copy);
        reports.flush(copy);
    }
}
