package org.jixiao.office.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.formats.text.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void the_national_template_has_drop_downs_for_classes_operators_and_units_and_locked_formulas() throws IOException {
        try (XSSFWorkbook wb = template("national-2020")) {
            assertThat(wb.getSheetName(0)).isEqualTo(TemplateWorkbook.INSTRUCTIONS);
            XSSFSheet sheet = wb.getSheet(TemplateWorkbook.TABLE);
            assertThat(sheet.getProtect()).isTrue();
            List<String> lists = sheet.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                    .map(v -> String.join(",", v.getValidationConstraint().getExplicitListValues())).toList();
            assertThat(lists).contains(String.join(",", TemplateWorkbook.OPERATORS), String.join(",", TemplateWorkbook.NATIONAL_LEVEL1),
                    String.join(",", TemplateWorkbook.NATIONAL_LEVEL2), String.join(",", TemplateWorkbook.UNITS));
            long lockedFormulas = 0;
            long unlockedInputs = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        assertThat(cell.getCellStyle().getLocked()).as(cell.getAddress().toString()).isTrue();
                        lockedFormulas++;
                    } else if (!cell.getCellStyle().getLocked()) {
                        unlockedInputs++;
                    }
                }
            }
            assertThat(lockedFormulas).isGreaterThanOrEqualTo(8);
            assertThat(unlockedInputs).isGreaterThan(200);
        }
    }

    @Test
    void the_suzhou_template_offers_the_five_suzhou_classes() throws IOException {
        try (XSSFWorkbook wb = template("suzhou-2023")) {
            XSSFSheet sheet = wb.getSheet(TemplateWorkbook.TABLE);
            assertThat(sheet.getDataValidations()).anyMatch(v -> v.getValidationConstraint().getExplicitListValues() != null
                    && List.of(v.getValidationConstraint().getExplicitListValues()).equals(TemplateWorkbook.SUZHOU_LEVEL1));
            assertThat(sheet.getDataValidations()).anyMatch(v -> v.getErrorStyle() == DataValidation.ErrorStyle.STOP);
        }
    }

    @Test
    void a_filled_template_reads_as_an_evaluation_with_its_derived_figures_computed() throws IOException {
        Path file = filled("合格率", ">=", "25", "%", 13.95);
        ReadResult read = new WorkbookReader().read(file);
        assertThat(read.allProblems()).isEmpty();
        SelfEvaluation e = read.tables().get(0).evaluation();
        assertThat(e.header().project()).isEqualTo("软考专项资金");
        Indicator i = e.indicators().get(0);
        assertThat(i.name()).isEqualTo("合格率");
        assertThat(i.target().value()).isEqualByComparingTo("25");
        assertThat(i.actual().value()).isEqualByComparingTo("13.95");
        assertThat(e.funding().reportedRatePct()).isEqualByComparingTo("99.31");
        assertThat(e.funding().reportedScore()).isEqualByComparingTo("9.93");
        assertThat(e.reportedTotal()).isEqualByComparingTo("18.30");
        assertThat(e.reportedGrade()).isEqualTo("差");
    }

    @Test
    void an_actual_that_is_no_number_is_refused_with_its_row() throws IOException {
        Path file = filled("合格率", ">=", "25", "%", "很多");
        ReadResult read = new WorkbookReader().read(file);
        assertThat(read.tables()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.zh()).matches("工作表“自评表”第 \\d+ 行：实际完成值“很多”不是数字");
            assertThat(p.en()).matches("sheet \"自评表\" row \\d+: the actual \"很多\" is not a number");
        });
    }

    @Test
    void the_instruction_sheet_says_each_point_in_chinese_then_in_english() throws IOException {
        for (String scheme : List.of("national-2020", "suzhou-2023")) {
            try (XSSFWorkbook wb = template(scheme)) {
                var sheet = wb.getSheet(TemplateWorkbook.INSTRUCTIONS);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("填写说明 / How to fill in this template");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("1. 只在白色单元格中填写");
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("   Type only in the white cells");
                assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).startsWith("4. ");
                assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).startsWith("   ").doesNotContainPattern("\\p{IsHan}");
                assertThat(sheet.getRow(9).getCell(0).getStringCellValue())
                        .isEqualTo("5. 填好后用 ./jixiao score 文件.xlsx 计分复核。 / Score it with ./jixiao score FILE.xlsx.");
            }
        }
    }

    private XSSFWorkbook template(String scheme) throws IOException {
        Path file = dir.resolve(scheme + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new TemplateWorkbook(Schemes.builtIn().get(scheme)).write(out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Fills the national template as a person would in Excel, and lets the formulas compute as Excel would. */
    private Path filled(String name, String op, String value, String unit, Object actual) throws IOException {
        Path file = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = template("national-2020")) {
            XSSFSheet s = wb.getSheet(TemplateWorkbook.TABLE);
            int project = find(s, "项目名称");
            s.getRow(project).getCell(1).setCellValue("软考专项资金");
            int total = find(s, "年度资金总额");
            s.getRow(total).getCell(2).setCellValue(272.20);
            s.getRow(total).getCell(3).setCellValue(247.14);
            s.getRow(total).getCell(4).setCellValue(245.44);
            s.getRow(total).getCell(5).setCellValue(10);
            int first = find(s, "一级指标") + 2;
            Row row = s.getRow(first);
            row.getCell(0).setCellValue("产出指标");
            row.getCell(1).setCellValue("质量指标");
            row.getCell(2).setCellValue(name);
            row.getCell(3).setCellValue(op);
            row.getCell(4).setCellValue(value);
            row.getCell(5).setCellValue(unit);
            if (actual instanceof Number n) {
                row.getCell(6).setCellValue(n.doubleValue());
            } else {
                row.getCell(6).setCellValue(actual.toString());
            }
            row.getCell(7).setCellValue(15);
            row.getCell(8).setCellValue(8.37);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static int find(XSSFSheet s, String label) {
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(label)) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError(label);
    }
}
