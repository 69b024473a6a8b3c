package org.jixiao.office.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.core.monitoring.MonitoringAssessment;
import org.jixiao.core.monitoring.MonitoringReport;
import org.jixiao.core.monitoring.Progress;

/**
 * The 项目支出绩效目标执行监控表 of one project for 1–N月: header, the budget's execution to date with its light, and
 * per indicator the target, completion to date, expected year-end value, the light with its explanation, the
 * likelihood, causes and measures. The lights are the core's ({@link MonitoringAssessment}), never typed.
 */
public final class MonitoringForm {
    private static final int COLUMNS = 11;
    private static final int[] WIDTHS = {8, 10, 18, 10, 9, 9, 7, 20, 9, 14, 16};
    public static final String TITLE = "项目支出绩效目标执行监控表";
    /** Printed before the report's number in the caption row: what a workbook filled and sent back is matched by. */
    public static final String NUMBER = "报告编号：";

    private MonitoringForm() {
    }

    public static OfficialTable of(MonitoringReport r, MonitoringAssessment a) {
        return of(r, a, null);
    }

    /** The table with jixiao's number of the report ({@link #NUMBER}) in its caption row, where {@code number} is given. */
    public static OfficialTable of(MonitoringReport r, MonitoringAssessment a, Long number) {
        DeclarationHeader h = r.header();
        CurrencyUnit currency = CurrencyUnit.orAssumed(h == null ? null : h.currencyUnit());
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow().add(new Cell(0, COLUMNS, 1, TITLE, null, Style.TITLE)));
        rows.add(new GridRow().caption(0, COLUMNS, "（" + r.year() + "年1—" + r.month() + "月）"));
        rows.add(new GridRow().caption(0, 8, number == null ? "" : NUMBER + number).caption(8, 3, "金额单位：" + currency.label()));
        int headerRows = rows.size();
        rows.add(new GridRow().label(0, "项目名称").text(1, 4, h == null ? "" : h.project()).label(5, 2, "项目代码")
                .text(7, 4, h == null || h.projectCode() == null ? "" : h.projectCode()));
        rows.add(new GridRow().label(0, "主管部门").text(1, 4, h == null ? "" : h.department()).label(5, 2, "实施单位")
                .text(7, 4, h == null ? "" : h.unit()));
        rows.add(new GridRow().tallLabel(0, 2, "预算执行").label(1, 2, "全年预算数").label(3, "1—" + r.month() + "月执行数")
                .label(4, "全年预计执行数").label(5, "执行进度").label(6, "灯色").label(7, "计算").label(8, 2, "偏差原因")
                .label(10, "纠偏措施"));
        Progress b = a.budget();
        rows.add(new GridRow().money(1, 2, r.annualBudget()).money(3, r.executedToDate()).money(4, r.expectedYear())
                .figure(5, b == null ? null : b.shownPct()).text(6, b == null ? "" : b.light().label(Locale.CHINESE))
                .text(7, b == null ? "" : b.explanation().render(Locale.CHINESE))
                .text(8, 2, causes(r.budgetCauses(), r.budgetCauseText())).text(10, r.budgetMeasures()));
        rows.add(new GridRow().label(0, "一级指标").label(1, "二级指标").label(2, "三级指标").label(3, "年度指标值")
                .label(4, "1—" + r.month() + "月完成").label(5, "全年预计完成").label(6, "灯色").label(7, "计算")
                .label(8, "完成目标可能性").label(9, "偏差原因").label(10, "纠偏措施"));
        for (int k = 0; k < r.indicators().size(); k++) {
            IndicatorEntry e = r.indicators().get(k);
            Progress p = a.indicators().get(k);
            rows.add(new GridRow().text(0, e.level1()).text(1, e.level2() == null ? "" : e.level2()).text(2, e.name())
                    .text(3, e.target().text()).figure(4, e.toDate()).figure(5, e.expected())
                    .text(6, p == null ? "" : p.light().label(Locale.CHINESE))
                    .text(7, p == null ? "" : p.explanation().render(Locale.CHINESE))
                    .text(8, e.likelihood() == null ? "" : e.likelihood().label())
                    .text(9, causes(e.causes(), e.causeText())).text(10, e.measures()));
        }
        rows.add(new GridRow().label(0, 2, "项目灯色").text(2, a.project().label(Locale.CHINESE)).text(3, 8, ""));
        return new OfficialTable(null, TITLE, null, COLUMNS, WIDTHS, headerRows, rows, currency);
    }

    private static String causes(Set<DeviationCause> causes, String text) {
        String chosen = causes.stream().sorted().map(DeviationCause::label).collect(Collectors.joining("、"));
        return chosen.isEmpty() ? text : text.isEmpty() ? chosen : chosen + "：" + text;
    }
}
