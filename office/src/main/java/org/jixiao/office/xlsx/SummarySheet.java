package org.jixiao.office.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
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

    static void write(Sheet sheet, List<Line> lines, CurrencyUnit unit, CellStyles styles) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(30);
        cell(title, 0, styles, Style.TITLE).setCellValue(TITLE);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADINGS.length - 1));
        cell(sheet.createRow(1), 0, styles, Style.CAPTION).setCellValue("金额单位：" + unit.label());
        Row head = sheet.createRow(2);
        for (int c = 0; c < HEADINGS.length; c++) {
            cell(head, c, styles, Style.LABEL).setCellValue(HEADINGS[c]);
        }
        int r = 3;
        for (Line line : lines) {
            Row row = sheet.createRow(r);
            SelfEvaluation e = line.evaluation();
            cell(row, 0, styles, Style.TEXT).setCellValue(r - 2);
            text(row, 1, e.header().project(), styles);
            text(row, 2, e.header().department(), styles);
            text(row, 3, e.header().unit(), styles);
            text(row, 4, e.header().year() == null ? null : e.header().year().toString(), styles);
            BudgetScore budget = line.score().budget();
            TableAmounts amounts = TableAmounts.of(e).in(unit);
            number(row, 5, amounts.budget(), Style.MONEY, styles);
            number(row, 6, amounts.executed(), Style.MONEY, styles);
            number(row, 7, budget == null ? null : budget.ratePct(), Style.FIGURE, styles);
            number(row, 8, e.reportedTotal(), Style.FIGURE, styles);
            number(row, 9, line.score().total(), Style.FIGURE, styles);
            text(row, 10, line.score().grade(), styles);
            number(row, 11, line.finalTotal(), Style.FIGURE, styles);
            text(row, 12, line.finalGrade(), styles);
            text(row, 13, line.source(), styles);
            text(row, 14, line.sheetName(), styles);
            r++;
        }
        sheet.createFreezePane(0, 3);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
    }

    private static Cell cell(Row row, int c, CellStyles styles, Style style) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(styles.of(style));
        return cell;
    }

    private static void text(Row row, int c, String value, CellStyles styles) {
        Cell cell = cell(row, c, styles, Style.TEXT);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void number(Row row, int c, BigDecimal value, Style style, CellStyles styles) {
        Cell cell = cell(row, c, styles, style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
