package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;

/**
 * A monitoring report judged: the budget's light, each indicator's, the project's (the worst), and what the report
 * still lacks or contradicts — a light other than green or a likelihood other than 确定能 without a cause and a
 * measure (an error: it blocks submission), an expected year-end value below the target with 确定能, a budget
 * expected to run over, an indicator not filled.
 */
public record MonitoringAssessment(Progress budget, List<Progress> indicators, Light project, List<Finding> findings) {
    public static final String NOT_FILLED = "MONITORING_NOT_FILLED";
    public static final String CAUSE_MISSING = "MONITORING_CAUSE_MISSING";
    public static final String EXPECTED_BELOW_TARGET = "MONITORING_EXPECTED_BELOW_TARGET";
    public static final String BUDGET_OVERRUN = "MONITORING_BUDGET_OVERRUN";

    public MonitoringAssessment {
        indicators = java.util.Collections.unmodifiableList(new ArrayList<>(indicators));
        findings = List.copyOf(findings);
    }

    public static MonitoringAssessment of(MonitoringReport r, MonitoringRules rules) {
        LightRules lights = new LightRules(rules);
        Elapsed elapsed = Elapsed.of(r.year(), r.month(), rules.elapsedBy());
        Progress budget = lights.budget(r.executedToDate(), r.annualBudget(), elapsed, r.month());
        List<Progress> each = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        budgetFindings(r, budget, findings);
        for (int k = 0; k < r.indicators().size(); k++) {
            IndicatorEntry e = r.indicators().get(k);
            Progress p = lights.indicator(e, elapsed);
            each.add(p);
            indicatorFindings(e, p, Place.indicator(e.name(), k, 0), findings);
        }
        List<Light> all = new ArrayList<>();
        if (budget != null) {
            all.add(budget.light());
        }
        each.stream().filter(Objects::nonNull).map(Progress::light).forEach(all::add);
        return new MonitoringAssessment(budget, each, Light.worst(all), findings);
    }

    /** Whether the report may be submitted: no error finding stands. */
    /** Lifecycle §6: a red project light, or an indicator the unit says is 完全不可能, proposes a rectification notice. */
    public boolean proposesRectification(MonitoringReport reported) {
        return project == Light.RED || reported.indicators().stream().anyMatch(i -> i.likelihood() == Likelihood.IMPOSSIBLE);
    }

    public boolean maySubmit() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    private static void budgetFindings(MonitoringReport r, Progress budget, List<Finding> out) {
        Place place = Place.cell("预算执行", "1—N月执行数", 0);
        if (budget == null) {
            out.add(Finding.of(NOT_FILLED, "budget", Severity.ERROR, place));
            return;
        }
        if (budget.light() != Light.GREEN && !r.budgetDeviationExplained()) {
            out.add(Finding.of(CAUSE_MISSING, "budget", Severity.ERROR, place, budget.light().term()));
        }
        BigDecimal expected = r.expectedYear();
        if (expected != null && r.annualBudget() != null && expected.compareTo(r.annualBudget()) > 0) {
            out.add(Finding.of(BUDGET_OVERRUN, Severity.WARNING, Place.cell("预算执行", "全年预计执行数", 0), expected, r.annualBudget()));
        }
    }

    private static void indicatorFindings(IndicatorEntry e, Progress p, Place place, List<Finding> out) {
        if (p == null) {
            out.add(Finding.of(NOT_FILLED, "indicator", Severity.ERROR, place, e.name()));
            return;
        }
        boolean needsExplaining = p.light() != Light.GREEN
                || (e.likelihood() != null && e.likelihood() != Likelihood.CERTAIN);
        if (needsExplaining && !e.explainsADeviation()) {
            out.add(Finding.of(CAUSE_MISSING, "indicator", Severity.ERROR, place, e.name(), p.light().term()));
        }
        Target t = e.target();
        if (e.likelihood() == Likelihood.CERTAIN && t.isQuantitative() && e.expected() != null && !reaches(t, e.expected())) {
            out.add(Finding.of(EXPECTED_BELOW_TARGET, Severity.WARNING, place, e.name(), e.expected(), t.text()));
        }
    }

    private static boolean reaches(Target t, BigDecimal expected) {
        return t.operator() == Operator.EQ ? expected.compareTo(t.value()) >= 0 : t.isMetBy(expected);
    }
}
