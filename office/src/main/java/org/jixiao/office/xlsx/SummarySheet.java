package org.jixiao.office.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.jixiao.core.checks.TableAmounts;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.office.table.Style;

/**
 * The first sheet of a workbook of many tables: one line per project with its budget, execution rate, score and
 * grade, amounts converted to one declared unit where the tables mix 元 and 万元. Never read back as a table.
 */
public final class SummarySheet {
    /** The sheet's name; a sheet of this name is skipped when a workbook is read. */
    public static final String NAME = "汇总";
    /** The sheet's title in A1; a sheet that starts with it is skipped when a workbook is read. */
    public static final String TITLE = "项目支出绩效自评汇总表";
    /*
     * 自评得分 is the total as the unit printed it, 计算得分 / 计算等级 jixiao's computation of the same table, and 最终得分 /
     * 最终等级 what the table stands at: finance's re-check where there is one (来源 says so), the computation before.
     */
    private static final String[] HEADINGS = {"序号", "项目名称", "主管部门", "实施单位", "年度", "全年预算数", "全年执行数",
            "执行率(%)", "自评得分", "计算得分", "计算等级", "最终得分", "最终等级", "来源", "工作表"};
    private static final int[] WIDTHS = {6, 40, 24, 24, 8, 14, 14, 10, 10, 10, 10, 10, 10, 10, 16};
    static final String RECHECKED = "财政复核";
    static final String COMPUTED = "自评";

    /**
     * One line of the summary: the evaluation, its recomputed score sheet, the result it stands at (null where finance
     * has not re-checked it) and the sheet it is on.
     */
    public record Line(SelfEvaluation evaluation, ScoreSheet score, FinalResult result, String sheetName) {

        BigDecimal finalTotal() {
            return result != null && result.isRechecked() ? result.total() : score.total();
        }

        String finalGrade() {
            return result != null && result.isRechecked() ? result.grade() : score.grade();
        }

        String source() {
            return result != null && result.isRechecked() ? RECHECKED : COMPUTED;
        }
    }

    private SummarySheet() {
    }

    static void write(Worksheet sheet, List<Line> lines, CurrencyUnit unit) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        FastSheetCells cells = new FastSheetCells(sheet);
        sheet.rowHeight(0, 30);
        cells.text(0, 0, Style.TITLE, TITLE);
        cells.merge(0, 0, 0, HEADINGS.length - 1);
        cells.text(1, 0, Style.CAPTION, "金额单位：" + unit.label());
        for (int c = 0; c < HEADINGS.length; c++) {
            cells.text(2, c, Style.LABEL, HEADINGS[c]);
        }
        int r = 3;
        for (Line line : lines) {
            SelfEvaluation e = line.evaluation();
            cells.number(r, 0, Style.TEXT, r - 2);
            text(cells, r, 1, e.header().project());
            text(cells, r, 2, e.header().department());
            text(cells, r, 3, e.header().unit());
            text(cells, r, 4, e.header().year() == null ? null : e.header().year().toString());
            BudgetScore budget = line.score().budget();
            TableAmounts amounts = TableAmounts.of(e).in(unit);
            number(cells, r, 5, amounts.budget(), Style.MONEY);
            number(cells, r, 6, amounts.executed(), Style.MONEY);
            number(cells, r, 7, budget == null ? null : budget.ratePct(), Style.FIGURE);
            number(cells, r, 8, e.reportedTotal(), Style.FIGURE);
            number(cells, r, 9, line.score().total(), Style.FIGURE);
            text(cells, r, 10, line.score().grade());
            number(cells, r, 11, line.finalTotal(), Style.FIGURE);
            text(cells, r, 12, line.finalGrade());
            text(cells, r, 13, line.source());
            text(cells, r, 14, line.sheetName());
            r++;
        }
        sheet.freezePane(0, 3);
        FastSheetCells.a4(sheet, true);
        sheet.repeatRows(2, 2);
    }

    private static void text(FastSheetCells cells, int r, int c, String value) {
        if (value != null) {
            cells.text(r, c, Style.TEXT, value);
        } else {
            cells.blank(r, c, Style.TEXT);
        }
    }

    private static void number(FastSheetCells cells, int r, int c, BigDecimal value, Style style) {
        if (value != null) {
            cells.number(r, c, style, value.doubleValue());
        } else {
            cells.blank(r, c, style);
        }
    }
}
