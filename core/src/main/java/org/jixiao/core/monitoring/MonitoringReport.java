package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * 项目支出绩效目标执行监控表: a project's budget and indicators at the end of month N of its year, as the unit fills it.
 *
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
public record MonitoringReport(int year, int month, BigDecimal annualBudget, BigDecimal executedToDate,
                               BigDecimal expectedYear, Set<DeviationCause> budgetCauses, String budgetCauseText,
                               String budgetMeasures, List<IndicatorEntry> indicators) {

    public MonitoringReport {
        budgetCauses = budgetCauses == null ? Set.of() : Set.copyOf(budgetCauses);
        budgetCauseText = budgetCauseText == null ? "" : budgetCauseText.strip();
        budgetMeasures = budgetMeasures == null ? "" : budgetMeasures.strip();
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public boolean budgetDeviationExplained() {
        return (!budgetCauses.isEmpty() || !budgetCauseText.isEmpty()) && !budgetMeasures.isEmpty();
    }
}
