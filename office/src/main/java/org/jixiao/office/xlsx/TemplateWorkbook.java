package org.jixiao.office.xlsx;

import static org.jixiao.office.OfficeMessages.MESSAGES;

import org.jixiao.office.QuietLibraries;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.office.table.GridRow;
import org.jixiao.office.table.OfficialTable;
import org.jixiao.office.table.OfficialTables;

/**
 * A blank .xlsx to fill in, per scheme: an instructions sheet, then the scheme's form with drop-downs for
 * 指标性质, 一级 / 二级 classes and units, and the derived figures (execution rate and score, sums, total, grade) as
 * formulas in locked cells; the sheet is protected so only the input cells take typing.
 */
public final class TemplateWorkbook {
    static {
        QuietLibraries.apply();
    }

    /** The instructions sheet's name; skipped when a workbook is read. */
    public static final String INSTRUCTIONS = "填写说明";
    static final String TABLE = "自评表";
    static final int INDICATOR_ROWS = 20;
    static final List<String> OPERATORS = List.of(">=", ">", "=", "<=", "<", "定性");
    static final List<String> NATIONAL_LEVEL1 = List.of("产出指标", "效益指标", "满意度指标");
    static final List<String> NATIONAL_LEVEL2 = List.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标");
    static final List<String> SUZHOU_LEVEL1 = List.of("决策目标", "过程目标", "产出目标", "效益目标", "满意度目标");
    static final List<String> UNITS = List.of("%", "个", "次", "人", "人次", "项", "件", "份", "家", "台", "套", "天", "小时",
            "分钟", "月", "年", "万元", "元");

    private final Scheme scheme;

    public TemplateWorkbook(Scheme scheme) {
        this.scheme = scheme;
    }

    public void write(OutputStream out) throws IOException {
        boolean suzhou = scheme.id().startsWith("suzhou");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyles styles = new CellStyles(wb);
            instructions(wb.createSheet(INSTRUCTIONS), suzhou);
            OfficialTable table = OfficialTables.of(BlankEvaluation.of(suzhou ? "suzhou" : "national", INDICATOR_ROWS, 5));
            Sheet sheet = wb.createSheet(TABLE);
            TableSheet.write(table, new PoiSheetCells(sheet, styles));
            TemplateCells cells = new TemplateCells(table, sheet, styles);
            if (suzhou) {
                suzhou(cells, sheet);
            } else {
                national(cells, sheet);
            }
            sheet.protectSheet("");
            wb.setActiveSheet(1);
            wb.write(out);
        }
    }

    private void national(TemplateCells cells, Sheet sheet) {
        int project = cells.rowOf("项目名称");
        cells.unlock(project, 1, false);
        int department = cells.rowOf("主管部门");
        cells.unlock(department, 1, false);
        cells.unlock(department, 6, false);
        int total = cells.rowOf("年度资金总额");
        for (int r = total; r < total + 4; r++) {
            for (int c = 2; c <= 4; c++) {
                cells.unlock(r, c, true);
            }
            String d = ref(r, 3);
            String e = ref(r, 4);
            cells.formula(r, 6, "IF((" + d + ")>0,ROUND(" + e + "/" + d + "*100,2),\"\")");
        }
        cells.unlock(total, 5, true);
        String rate = ref(total, 6);
        cells.formula(total, 7, "IF(" + rate + "=\"\",\"\",ROUND(MIN(" + rate + ",100)/100*(" + ref(total, 5) + "),2))");
        int goals = cells.rowOf("预期目标") + 1;
        cells.unlock(goals, 1, false);
        cells.unlock(goals, 6, false);
        int sum = cells.rowOf("一级指标") + 1;
        int first = sum + 1;
        int last = first + INDICATOR_ROWS - 1;
        for (int r = first; r <= last; r++) {
            for (int c = 0; c <= 9; c++) {
                cells.unlock(r, c, c == 7 || c == 8);
            }
        }
        cells.formula(sum, 7, "ROUND(SUM(" + ref(first, 7) + ":" + ref(last, 7) + "),2)");
        cells.formula(sum, 8, "ROUND(SUM(" + ref(first, 8) + ":" + ref(last, 8) + "),2)");
        DataValidationHelper dv = sheet.getDataValidationHelper();
        list(sheet, dv, first, last, 0, NATIONAL_LEVEL1, true);
        list(sheet, dv, first, last, 1, NATIONAL_LEVEL2, true);
        list(sheet, dv, first, last, 3, OPERATORS, true);
        list(sheet, dv, first, last, 5, UNITS, false);
        decimals(sheet, dv, first, last, 7);
        decimals(sheet, dv, first, last, 8);
        cells.unlock(cells.rowOf("其他需要说明的事项"), 2, false);
        int figures = cells.rowOf("总分") + 1;
        cells.formula(figures, 7, "ROUND((" + ref(total, 5) + ")+" + ref(sum, 7) + ",2)");
        cells.formula(figures, 8, "ROUND((" + ref(total, 7) + ")+" + ref(sum, 8) + ",2)");
        cells.formula(figures, 9, gradeFormula(ref(figures, 8)));
    }

    private void suzhou(TemplateCells cells, Sheet sheet) {
        int project = cells.rowOf("项目名称");
        cells.unlock(project, 2, false);
        cells.unlock(project, 5, true);
        cells.unlock(cells.rowOf("项目主管部门(单位)"), 2, false);
        int execution = cells.rowOf("市级预算执行情况(万元)") + 1;
        cells.unlock(execution, 1, true);
        cells.unlock(execution, 2, true);
        cells.unlock(execution, 4, true);
        cells.formula(execution, 5, "ROUND((" + ref(execution, 1) + ")+(" + ref(execution, 2) + ")-(" + ref(execution, 4) + "),6)");
        cells.unlock(execution, 6, true);
        int use = cells.rowOf("结转数") + 1;
        cells.formula(use, 1, "(" + ref(execution, 4) + ")");
        cells.unlock(use, 2, true);
        cells.formula(use, 3, "ROUND((" + ref(use, 1) + ")-(" + ref(use, 2) + "),6)");
        cells.unlock(use, 4, true);
        cells.unlock(use, 5, true);
        int subTotal = cells.rowOf("子项名称") + 1;
        int subLast = subTotal + 5;
        for (int r = subTotal + 1; r <= subLast; r++) {
            cells.unlock(r, 0, false);
            cells.unlock(r, 2, true);
            cells.unlock(r, 4, true);
        }
        cells.formula(subTotal, 2, "ROUND(SUM(" + ref(subTotal + 1, 2) + ":" + ref(subLast, 2) + "),6)");
        cells.formula(subTotal, 4, "ROUND(SUM(" + ref(subTotal + 1, 4) + ":" + ref(subLast, 4) + "),6)");
        int first = cells.rowOf("指标名称") + 1;
        int last = first + INDICATOR_ROWS - 1;
        for (int r = first; r <= last; r++) {
            for (int c = 1; c <= 6; c++) {
                cells.unlock(r, c, c == 4 || c == 6);
            }
        }
        DataValidationHelper dv = sheet.getDataValidationHelper();
        list(sheet, dv, first, last, 1, SUZHOU_LEVEL1, true);
        decimals(sheet, dv, first, last, 4);
        decimals(sheet, dv, first, last, 6);
        int sum = last + 1;
        cells.formula(sum, 4, "ROUND(SUM(" + ref(first, 4) + ":" + ref(last, 4) + "),2)");
        cells.formula(sum, 6, "ROUND(SUM(" + ref(first, 6) + ":" + ref(last, 6) + "),2)");
        cells.unlock(cells.rowOf("年度绩效目标"), 2, false);
        cells.unlock(cells.rowOf("项目实施情况"), 2, false);
    }

    /** 自评等级 from the scheme's own bands; none where the scheme publishes none (Suzhou). */
    private String gradeFormula(String total) {
        if (!scheme.hasGradeBands()) {
            return "\"\"";
        }
        List<Scheme.GradeBand> bands = scheme.gradeBands();
        StringBuilder f = new StringBuilder();
        for (int k = 0; k < bands.size() - 1; k++) {
            f.append("IF(").append(total).append(">=").append(bands.get(k).min().toPlainString()).append(",\"")
                    .append(bands.get(k).grade()).append("\",");
        }
        f.append('"').append(bands.get(bands.size() - 1).grade()).append('"');
        f.append(")".repeat(bands.size() - 1));
        return "IF(" + total + "=\"\",\"\"," + f + ")";
    }

    /** A drop-down of {@code values} on rows {@code first}–{@code last} of a column; a strict one refuses other text. */
    static void list(Sheet sheet, DataValidationHelper dv, int first, int last, int column, List<String> values, boolean strict) {
        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(first, last, column, column));
        v.setShowErrorBox(true);
        // Units beyond the list exist (公里, 平方米): a warning, not a refusal.
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.createErrorBox(MESSAGES.both("template.choose"), String.join("、", values));
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    /** A number from 0 to 100 on rows {@code first}–{@code last} of a column (a weight, a score). */
    static void decimals(Sheet sheet, DataValidationHelper dv, int first, int last, int column) {
        DataValidation v = dv.createValidation(
                dv.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                new CellRangeAddressList(first, last, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox(MESSAGES.both("template.number"), MESSAGES.both("template.number_text"));
        sheet.addValidationData(v);
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    private static void instructions(Sheet sheet, boolean suzhou) {
        // The sheet speaks to whoever fills it in, in both languages at once: each point in Chinese, then in English.
        List<String> lines = new ArrayList<>();
        lines.add(MESSAGES.both("template.title"));
        for (String point : List.of("template.cells", "template.lists", "template.amounts",
                suzhou ? "template.weights_suzhou" : "template.weights_national")) {
            lines.add(MESSAGES.zh(point));
            lines.add("   " + MESSAGES.en(point));
        }
        lines.add(MESSAGES.both("template.score"));
        sheet.setColumnWidth(0, 120 * 256);
        for (int r = 0; r < lines.size(); r++) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(lines.get(r));
        }
    }

    /** The row of the form that prints {@code label}. */
    static int rowOf(OfficialTable table, String label) {
        for (int r = 0; r < table.rows().size(); r++) {
            GridRow row = table.rows().get(r);
            for (org.jixiao.office.table.Cell c : row.cells()) {
                if (c.text().equals(label)) {
                    return r;
                }
            }
        }
        throw new IllegalStateException("the form has no " + label);
    }

    /** Finds the template's cells by the labels of the form and makes them inputs or formulas. */
    private static final class TemplateCells {
        private final OfficialTable table;
        private final Sheet sheet;
        private final CellStyles styles;

        TemplateCells(OfficialTable table, Sheet sheet, CellStyles styles) {
            this.table = table;
            this.sheet = sheet;
            this.styles = styles;
        }

        int rowOf(String label) {
            return TemplateWorkbook.rowOf(table, label);
        }

        void unlock(int r, int c, boolean number) {
            Cell cell = cell(r, c);
            cell.setBlank();
            cell.setCellStyle(styles.input(number));
        }

        void formula(int r, int c, String formula) {
            cell(r, c).setCellFormula(formula);
        }

        private Cell cell(int r, int c) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        }
    }
}
