package org.jixiao.core.evaluation;

/**
 * The header of the form.
 *
 * @param project      项目名称 (部门整体支出: the department)
 * @param department   主管部门
 * @param unit         实施单位, null when the form has none
 * @param year         the budget year, null when the table does not say
 * @param currencyUnit 万元 or 元
 * @param preparedBy   编制单位, null when not printed
 * @param disclosureNo the disclosure number (公开13表), null when none
 * @param kind         project or department-wide table, or a declaration of goals
 */
public record Header(String project, String department, String unit, Integer year, CurrencyUnit currencyUnit,
                     String preparedBy, String disclosureNo, Kind kind) {

    public enum Kind {
        /** 项目支出绩效自评表 */
        PROJECT,
        /** 部门整体支出绩效自评表 */
        DEPARTMENT,
        /** 项目支出绩效目标申报表: the goals and indicators declared before the year, no actuals, not scored */
        DECLARATION
    }

    public Header {
        kind = kind == null ? Kind.PROJECT : kind;
    }

    /** The unit the table's amounts are in: the one printed, else the assumed one ({@link CurrencyUnit#orAssumed}). */
    public CurrencyUnit amountUnit() {
        return CurrencyUnit.orAssumed(currencyUnit);
    }
}
