package org.jixiao.office.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.evaluation.Target;

/**
 * The national 项目支出绩效自评表 (财预〔2020〕10号) in ten columns: header, 项目资金 with its execution, 年度总体目标,
 * the indicator tree and the totals. The target is printed in the three columns 指标性质 / 指标值 / 度量单位 (Yunnan)
 * when every target reads back the same from them, else in one 年度指标值 cell (Shanghai prints "=30个" so).
 */
final class NationalForm {
    private static final int COLUMNS = 10;
    /** The 偏差原因 column gets a quarter of the page width: it holds the longest texts, a paragraph in some tables. */
    private static final int[] WIDTHS = {9, 11, 21, 9, 9, 7, 10, 8, 8, 30};

    private NationalForm() {
    }

    static OfficialTable of(SelfEvaluation e, OriginalTargets originals) {
        Header h = e.header();
        CurrencyUnit currency = h.amountUnit();
        String title = h.kind() == Header.Kind.DEPARTMENT ? "部门整体支出绩效自评表" : "项目支出绩效自评表";
        List<GridRow> rows = new ArrayList<>();
        rows.add(new GridRow().add(new Cell(0, COLUMNS, 1, title, null, Style.TITLE)));
        if (h.year() != null) {
            rows.add(new GridRow().caption(0, COLUMNS, "（" + h.year() + "年度）"));
        }
        GridRow captions = new GridRow();
        captions.caption(0, 5, h.preparedBy() == null ? "" : "编制单位：" + h.preparedBy());
        captions.caption(5, 3, h.disclosureNo() == null ? "" : h.disclosureNo());
        captions.caption(8, 2, "金额单位：" + currency.label());
        rows.add(captions);
        int headerRows = rows.size();
        rows.add(new GridRow().label(0, "项目名称").text(1, 9, nz(h.project())));
        rows.add(new GridRow().label(0, "主管部门").text(1, 4, nz(h.department())).label(5, "实施单位").text(6, 4, nz(h.unit())));
        funding(e.funding(), currency, rows);
        rows.add(new GridRow().tallLabel(0, 2, "年度总体目标").label(1, 5, "预期目标").label(6, 4, "实际完成情况"));
        rows.add(new GridRow().text(1, 5, e.goals().declared()).text(6, 4, e.goals().achieved()));
        // a changed target prints with its original in one cell, so the three split columns give way to 年度指标值
        boolean split = originals.isEmpty() && e.indicators().stream().allMatch(i -> TargetCells.splitReadsBack(i.target()));
        indicators(e, split, originals, rows);
        rows.add(new GridRow().label(0, 2, "其他需要说明的事项").text(2, 8, e.notes()));
        rows.add(new GridRow().label(0, 7, "总分").label(7, "总分值").label(8, "总得分").label(9, "自评等级"));
        rows.add(new GridRow().figure(7, e.reportedMaxTotal()).figure(8, e.reportedTotal()).text(9, nz(e.reportedGrade())));
        return new OfficialTable(e, title, h.disclosureNo(), COLUMNS, WIDTHS, headerRows, rows, currency);
    }

    private static void funding(Funding f, CurrencyUnit currency, List<GridRow> rows) {
        if (f.rows().isEmpty()) {
            return;
        }
        rows.add(new GridRow().tallLabel(0, f.rows().size() + 1, "项目资金(" + currency.label() + ")")
                .label(2, "年初预算数").label(3, "全年预算数").label(4, "全年执行数").label(5, "分值").label(6, "执行率")
                .label(7, "得分").label(8, 2, "备注"));
        for (int k = 0; k < f.rows().size(); k++) {
            FundingRow r = f.rows().get(k);
            boolean total = r.kind() == FundingRow.Kind.TOTAL;
            rows.add(new GridRow().ofFundingRow(k, 1).label(1, r.label()).money(2, r.initial()).money(3, r.annual()).money(4, r.executed())
                    .figure(5, total ? f.weight() : null).figure(6, total && f.reportedRatePct() != null ? f.reportedRatePct() : r.ratePct())
                    .figure(7, total ? f.reportedScore() : null).text(8, 2, ""));
        }
    }

    private static void indicators(SelfEvaluation e, boolean split, OriginalTargets originals, List<GridRow> rows) {
        if (split) {
            rows.add(new GridRow().label(0, 3, "绩效指标").label(3, 3, "年度指标值").add(tall(6, "实际完成值"))
                    .add(tall(7, "分值")).add(tall(8, "得分")).add(tall(9, "偏差原因分析及改进措施")));
            rows.add(new GridRow().label(0, "一级指标").label(1, "二级指标").label(2, "三级指标").label(3, "指标性质")
                    .label(4, "指标值").label(5, "度量单位"));
        } else {
            rows.add(new GridRow().label(0, "一级指标").label(1, "二级指标").label(2, "三级指标").label(3, 3, "年度指标值")
                    .label(6, "实际完成值").label(7, "分值").label(8, "得分").label(9, "偏差原因分析及改进措施"));
        }
        if (e.reportedIndicatorWeightSum() != null || e.reportedIndicatorScoreSum() != null) {
            rows.add(new GridRow().figure(7, e.reportedIndicatorWeightSum()).figure(8, e.reportedIndicatorScoreSum()));
        }
        for (int k = 0; k < e.indicators().size(); k++) {
            Indicator i = e.indicators().get(k);
            GridRow row = new GridRow().ofIndicator(k, 2, 8).text(0, i.level1()).text(1, nz(i.level2())).text(2, i.name());
            Target t = i.target();
            if (split) {
                row.text(3, TargetCells.operator(t)).text(4, TargetCells.value(t)).text(5, t.unit());
            } else {
                row.text(3, 3, originals.cell(k, t));
            }
            rows.add(ActualCells.figures(row.text(6, ActualCells.text(i)), 7, 8, i).text(9, ActualCells.reason(i)));
        }
    }

    private static Cell tall(int column, String text) {
        return new Cell(column, 1, 2, text, null, Style.LABEL);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The three target cells of the national form, and whether they read back as the same target. */
    static final class TargetCells {
        private TargetCells() {
        }

        static String operator(Target t) {
            return t.operator() == Operator.NONE ? "" : t.operator() == Operator.QUALITATIVE ? "定性" : t.operator().symbol();
        }

        static String value(Target t) {
            return t.value() == null ? t.text() : t.value().toPlainString();
        }

        static boolean splitReadsBack(Target t) {
            return Target.of(operator(t), value(t), t.unit()).equals(t);
        }
    }
}
