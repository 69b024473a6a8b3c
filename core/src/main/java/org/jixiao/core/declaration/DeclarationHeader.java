package org.jixiao.core.declaration;

import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.text.Text;

/**
 * The head of a 绩效目标申报表.
 *
 * @param project      项目名称
 * @param projectCode  项目代码 of the integrated budget system (e.g. 51000021R000000019951), null where none; when
 *                     present it is the project's identity across years
 * @param department   主管部门
 * @param unit         实施单位
 * @param year         the budget year declared for
 * @param currencyUnit the unit the amounts are in (万元 or 元), null where the table names none
 * @param attribute    项目属性, null where not stated
 * @param firstYear    项目期: the first year, null where not stated
 * @param lastYear     项目期: the last year, null where not stated
 * @param manager      项目负责人, "" when none
 * @param phone        联系电话, "" when none
 */
public record DeclarationHeader(String project, String projectCode, String department, String unit, Integer year,
                                CurrencyUnit currencyUnit, ProjectAttribute attribute, Integer firstYear,
                                Integer lastYear, String manager, String phone) {

    public DeclarationHeader {
        project = project == null ? "" : Text.clean(project);
        projectCode = Text.isBlank(projectCode) ? null : projectCode.strip();
        department = department == null ? "" : Text.clean(department);
        unit = unit == null ? "" : Text.clean(unit);
        manager = manager == null ? "" : manager.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** A project that runs longer than its budget year needs 中期 goals and funding. */
    public boolean isMultiYear() {
        return firstYear != null && lastYear != null && lastYear > firstYear;
    }

    /** What identifies the project across years: its code, or its unit and name where it has no code. */
    public String identity() {
        return projectCode != null ? projectCode : Text.key(unit) + "/" + Text.key(project);
    }
}
