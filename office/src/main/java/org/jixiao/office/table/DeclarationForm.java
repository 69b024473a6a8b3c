package org.jixiao.office.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.evaluation.CurrencyUnit;

/**
 * The 项目支出绩效目标申报表 in eight columns, as the integrated budget systems print it: header (项目名称, 项目代码,
 * units, 项目属性, 项目期), 项目资金 (年度 and, for a project of several years, 中期: 资金总额 / 财政拨款 / 其他资金), the
 * goals, and the indicator tree with 指标性质 / 指标值 / 度量单位 in three columns, 权重 and 评（扣）分标准. Drawn as an
 * {@link OfficialTable}, so the workbook and the PDF render it as they render the self-evaluation.
 */
public final class DeclarationForm {
    private static final int COLUMNS = 8;
    private static final int[] WIDTHS = {10, 12, 24, 8, 10, 8, 7, 30};
    public static final String TITLE = "项目支出绩效目标申报表";

    private DeclarationForm() {
    }

    public static OfficialTable of(Declaration d) {
        DeclarationHeader h = d.header();
        CurrencyUnit currency = CurrencyUnit.orAssumed(h.currencyUnit());
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow().add(new Cell(0, COLUMNS, 1, TITLE, null, Style.TITLE)));
        if (h.year() != null) {
            rows.add(new GridRow().caption(0, COLUMNS, "（" + h.year() + "年度）"));
        }
        rows.add(new GridRow().caption(0, 6, "").caption(6, 2, "金额单位：" + currency.label()));
        int headerRows = rows.size();
        rows.add(new GridRow().label(0, "项目名称").text(1, 3, h.project()).label(4, "项目代码").text(5, 3, nz(h.projectCode())));
        rows.add(new GridRow().label(0, "主管部门").text(1, 3, h.department()).label(4, "实施单位").text(5, 3, h.unit()));
        rows.add(new GridRow().label(0, "项目属性").text(1, 3, h.attribute() == null ? "" : h.attribute().label())
                .label(4, "项目期").text(5, 3, period(h)));
        rows.add(new GridRow().label(0, "项目负责人").text(1, 3, h.manager()).label(4, "联系电话").text(5, 3, h.phone()));
        funding(d, currency, rows);
        rows.add(new GridRow().label(0, "年度绩效目标").text(1, 7, d.goals().annual()));
        if (h.isMultiYear() || !d.goals().midterm().isEmpty()) {
            rows.add(new GridRow().label(0, "中期绩效目标").text(1, 7, d.goals().midterm()));
        }
        rows.add(new GridRow().label(0, "一级指标").label(1, "二级指标").label(2, "三级指标").label(3, "指标性质")
                .label(4, "指标值").label(5, "度量单位").label(6, "权重").label(7, "评（扣）分标准"));
        for (DeclaredIndicator i : d.indicators()) {
            rows.add(new GridRow().text(0, i.level1()).text(1, nz(i.level2())).text(2, i.name())
                    .text(3, operator(i.target())).text(4, NationalForm.TargetCells.value(i.target()))
                    .text(5, i.target().unit()).figure(6, i.weight()).text(7, i.standard()));
        }
        return new OfficialTable(null, TITLE, null, COLUMNS, WIDTHS, headerRows, rows, currency);
    }

    private static void funding(Declaration d, CurrencyUnit currency, List<GridRow> rows) {
        boolean midterm = !d.midtermFunding().isEmpty();
        rows.add(new GridRow().tallLabel(0, 4, "项目资金(" + currency.label() + ")").label(1, 2, "")
                .label(3, 2, "年度资金").label(5, 3, midterm ? "中期资金" : ""));
        line(rows, "资金总额", d.annualFunding().total(), d.midtermFunding().total());
        line(rows, "其中：财政拨款", d.annualFunding().fiscal(), d.midtermFunding().fiscal());
        line(rows, "其他资金", d.annualFunding().other(), d.midtermFunding().other());
    }

    private static void line(List<GridRow> rows, String label, java.math.BigDecimal annual, java.math.BigDecimal midterm) {
        rows.add(new GridRow().label(1, 2, label).money(3, 2, annual).money(5, 3, midterm));
    }

    /** 指标性质: a row not yet given a target (a blank template's) prints none, not 定性. */
    private static String operator(org.jixiao.core.evaluation.Target t) {
        return t.value() == null && t.text().isEmpty() ? "" : NationalForm.TargetCells.operator(t);
    }

    private static String period(DeclarationHeader h) {
        if (h.firstYear() == null) {
            return "";
        }
        return h.lastYear() == null || h.lastYear().equals(h.firstYear()) ? h.firstYear() + "年" : h.firstYear() + "—" + h.lastYear() + "年";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
