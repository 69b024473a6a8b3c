package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclarationVersion;

/**
 * 项目支出绩效目标执行监控表: a project's budget and indicators at the end of month N of its year, as the unit fills it.
 *
 * @param header          the project, as its declaration names it
 * @param year            the budget year
 * @param month           the round's last month (7 for 1–7月)
 * @param annualBudget    全年预算数 (the approved amount)
 * @param executedToDate  1–N月 执行数, null where not filled
 * @param expectedYear    全年预计执行数, null where not filled
 * @param budgetCauses    why the budget runs behind
 * @param budgetCauseText those causes in words
 * @param budgetMeasures  what the unit does about it
 * @param indicators      the indicators of the latest approved version, in their order
 */
public record MonitoringReport(DeclarationHeader header, int year, int month, BigDecimal annualBudget, BigDecimal executedToDate,
                               BigDecimal expectedYear, Set<DeviationCause> budgetCauses, String budgetCauseText,
                               String budgetMeasures, List<IndicatorEntry> indicators) {

    public MonitoringReport {
        budgetCauses = budgetCauses == null ? Set.of() : Set.copyOf(budgetCauses);
        budgetCauseText = budgetCauseText == null ? "" : budgetCauseText.strip();
        budgetMeasures = budgetMeasures == null ? "" : budgetMeasures.strip();
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /**
     * The report of a round ending in {@code month}, made from the latest approved version of the project's goals:
     * its header, its annual amount as the budget, every indicator with its target, nothing reported yet.
     */
    public static MonitoringReport from(DeclarationVersion latest, int month) {
        Declaration d = latest.declaration();
        return new MonitoringReport(d.header(), d.header().year(), month, d.annualFunding().total(), null, null, Set.of(),
                "", "", d.indicators().stream().map(IndicatorEntry::of).toList());
    }

    public boolean budgetDeviationExplained() {
        return (!budgetCauses.isEmpty() || !budgetCauseText.isEmpty()) && !budgetMeasures.isEmpty();
    }
}
