package org.jixiao.office.table;

import static org.jixiao.office.table.NationalForm.nz;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.BudgetUse;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.SubItem;

/**
 * The Suzhou 市级财政支出项目绩效自评表 in seven columns: header, 市级预算执行情况, 市级财政资金使用情况, the sub-items of
 * 项目资金构成, and the indicator block under 项目绩效实现情况 (80 points), 类别 / 指标名称 / 目标值 / 权重 / 实际完成值 / 自评分.
 */
final class SuzhouForm {
    private static final int COLUMNS = 7;
    private static final int[] WIDTHS = {16, 12, 26, 14, 12, 12, 12};

    private SuzhouForm() {
    }

    static OfficialTable of(SelfEvaluation e, OriginalTargets originals) {
        Header h = e.header();
        CurrencyUnit currency = h.amountUnit();
        String unit = "(" + currency.label() + ")";
        String title = "苏州市级财政支出项目绩效自评表";
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow().add(new Cell(0, COLUMNS, 1, title, null, Style.TITLE)));
        rows.add(new GridRow().caption(0, 4, h.disclosureNo() == null ? "" : h.disclosureNo()).caption(4, 3, "金额单位：" + currency.label()));
        int headerRows = rows.size();
        rows.add(new GridRow().label(0, 2, "项目名称").text(2, 2, nz(h.project())).label(4, "项目年份")
                .text(5, 2, h.year() == null ? "" : h.year().toString()));
        rows.add(new GridRow().label(0, 2, "项目主管部门(单位)").text(2, 5, nz(h.department())));
        if (h.unit() != null) {
            rows.add(new GridRow().label(0, 2, "实施单位").text(2, 5, h.unit()));
        }
        budgetUse(e.funding().use(), unit, rows);
        subItems(e.funding(), unit, rows);
        rows.add(new GridRow().label(0, "项目").label(1, "类别").label(2, "指标名称").label(3, "目标值").label(4, "权重")
                .label(5, "实际完成值").label(6, "自评分"));
        String part = "项目绩效实现情况" + (e.reportedMaxTotal() == null ? "" : "(" + e.reportedMaxTotal().toPlainString() + "分)");
        String lastLevel1 = null;
        for (int k = 0; k < e.indicators().size(); k++) {
            Indicator i = e.indicators().get(k);
            GridRow row = new GridRow().ofIndicator(k, 2, 6);
            if (k == 0) {
                row.add(new Cell(0, 1, e.indicators().size(), part, null, Style.LABEL));
            }
            row.text(1, i.level1().equals(lastLevel1) ? "" : i.level1());
            lastLevel1 = i.level1();
            rows.add(ActualCells.figures(row.text(2, i.name()).text(3, originals.cell(k, i.target())).text(5, ActualCells.textWithReason(i)), 4, 6, i));
        }
        rows.add(new GridRow().label(0, "合计").figure(4, e.reportedIndicatorWeightSum()).figure(6, e.reportedTotal()));
        rows.add(new GridRow().label(0, 2, "年度绩效目标").text(2, 5, e.goals().declared()));
        rows.add(new GridRow().label(0, 2, "项目实施情况").text(2, 5, e.goals().achieved()));
        if (!e.notes().isEmpty()) {
            rows.add(new GridRow().label(0, 2, "其他需要说明的事项").text(2, 5, e.notes()));
        }
        return new OfficialTable(e, title, h.disclosureNo(), COLUMNS, WIDTHS, headerRows, rows, currency);
    }

    private static void budgetUse(BudgetUse u, String unit, List<GridRow> rows) {
        if (u == null) {
            return;
        }
        rows.add(new GridRow().tallLabel(0, 2, "市级预算执行情况" + unit).label(1, "年初预算数")
                .label(2, 2, "当年使用上年结余、结转及当年调整预算数").label(4, "财政拨款数").label(5, "指标结余数").label(6, "指标结余收回数"));
        rows.add(new GridRow().money(1, u.initial()).money(2, 2, u.adjustment()).money(4, u.allocated())
                .money(5, u.unallocatedBalance()).money(6, u.unallocatedRecovered()));
        rows.add(new GridRow().tallLabel(0, 3, "市级财政资金使用情况" + unit).label(1, "财政拨款数").label(2, "实际支付数")
                .label(3, "资金结余、结转数").label(4, 2, "其中:"));
        rows.add(new GridRow().label(4, "结转数").label(5, "财政收回数"));
        rows.add(new GridRow().money(1, u.allocated()).money(2, u.paid()).money(3, u.carryOverTotal())
                .money(4, u.carriedForward()).money(5, u.recovered()));
    }

    private static void subItems(Funding f, String unit, List<GridRow> rows) {
        if (f.subItems().isEmpty() && f.subItemTotal() == null) {
            return;
        }
        rows.add(new GridRow().label(0, COLUMNS, "项目资金构成(详细列出各子项目名称和金额)"));
        rows.add(new GridRow().label(0, 2, "子项名称").label(2, 2, "预算数" + unit).label(4, 3, "实际数" + unit));
        if (f.subItemTotal() != null) {
            rows.add(subItem(f.subItemTotal()));
        }
        for (SubItem s : f.subItems()) {
            rows.add(subItem(s));
        }
    }

    private static GridRow subItem(SubItem s) {
        return new GridRow().text(0, 2, s.name()).money(2, 2, s.budget()).money(4, 3, s.actual());
    }
}
