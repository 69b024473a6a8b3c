package org.jixiao.office.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.declaration.DeclarationHeader;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.core.monitoring.MonitoringAssessment;
import org.jixiao.core.monitoring.MonitoringReport;
import org.jixiao.core.monitoring.MonitoringRules;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.office.xlsx.MonitoringWorkbook;
import org.jixiao.office.xlsx.MonitoringWorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitoring table read back from the workbook jixiao exports, or the same layout filled by hand. */
class MonitoringWorkbookReaderTest {
    @TempDir
    Path dir;

    private static MonitoringReport july() {
        return new MonitoringReport(new DeclarationHeader("专业技术人员继续教育", "53000023001", "云南省工业和信息化厅",
                "云南省信息技术发展中心", 2023, null, null, null, null, "", ""), 2023, 7, new BigDecimal("100"),
                new BigDecimal("41.604168"), new BigDecimal("98.5"), Set.of(DeviationCause.FUNDING, DeviationCause.OTHER),
                "资金下达晚", "加快支付", List.of(
                new IndicatorEntry("产出指标", "数量指标", "培训次数", Target.of("≥", "8", "次"), new BigDecimal("2"), new BigDecimal("8"),
                        Likelihood.POSSIBLE, Set.of(DeviationCause.STAFF), "师资到位晚", "下半年加密培训"),
                new IndicatorEntry("产出指标", "质量指标", "考试合格率", Target.of("≥", "90", "%"), new BigDecimal("92.25"),
                        new BigDecimal("92"), Likelihood.CERTAIN, Set.of(), "", ""),
                new IndicatorEntry("效益指标", "社会效益指标", "服务水平", Target.of("", "明显提升", ""), null, null,
                        Likelihood.IMPOSSIBLE, Set.of(), "场地改造未完成", "另找场地")));
    }

    private Path exported(MonitoringReport r, Long number) throws IOException {
        Path file = dir.resolve("monitoring.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new MonitoringWorkbook().write(List.of(new MonitoringWorkbook.Judged(r,
                    MonitoringAssessment.of(r, MonitoringRules.national()), number)), out);
        }
        return file;
    }

    @Test
    void a_report_read_back_from_its_workbook_keeps_its_figures_likelihoods_causes_and_measures() throws IOException {
        MonitoringReport r = july();
        MonitoringWorkbookReader.Read back = new MonitoringWorkbookReader().read(exported(r, 42L));

        assertThat(back.problems()).isEmpty();
        assertThat(back.sheets()).hasSize(1);
        MonitoringWorkbookReader.Sheet s = back.sheets().get(0);
        assertThat(s.number()).isEqualTo(42L);
        assertThat(s.project()).isEqualTo("专业技术人员继续教育");
        assertThat(s.projectCode()).isEqualTo("53000023001");
        assertThat(s.year()).isEqualTo(2023);
        assertThat(s.month()).isEqualTo(7);
        assertThat(s.annualBudget()).isEqualByComparingTo(r.annualBudget());
        assertThat(s.executedToDate()).isEqualTo(r.executedToDate());
        assertThat(s.expected()).isEqualByComparingTo(r.expectedYear());
        assertThat(s.budgetCauses()).isEqualTo(r.budgetCauses());
        assertThat(s.budgetCauseText()).isEqualTo(r.budgetCauseText());
        assertThat(s.budgetMeasures()).isEqualTo(r.budgetMeasures());
        assertThat(s.indicators()).hasSize(r.indicators().size());
        for (int k = 0; k < r.indicators().size(); k++) {
            IndicatorEntry e = r.indicators().get(k);
            MonitoringWorkbookReader.Row row = s.indicators().get(k);
            assertThat(row.name()).isEqualTo(e.name());
            assertThat(row.toDate()).isEqualTo(e.toDate() == null ? null : e.toDate().stripTrailingZeros());
            assertThat(row.expected()).isEqualTo(e.expected() == null ? null : e.expected().stripTrailingZeros());
            assertThat(row.likelihood()).isEqualTo(e.likelihood());
            assertThat(row.causes()).isEqualTo(e.causes());
            assertThat(row.causeText()).isEqualTo(e.causeText());
            assertThat(row.measures()).isEqualTo(e.measures());
        }
    }

    @Test
    void a_table_exported_without_its_number_is_read_by_its_project_and_period() throws IOException {
        MonitoringWorkbookReader.Sheet s = new MonitoringWorkbookReader().read(exported(july(), null)).sheets().get(0);
        assertThat(s.number()).isNull();
        assertThat(s.project()).isEqualTo("专业技术人员继续教育");
        assertThat(s.month()).isEqualTo(7);
    }

    @Test
    void a_filled_cell_that_is_no_number_refuses_the_workbook_naming_sheet_row_and_field() throws Exception {
        Path file = exported(july(), 42L);
        String sheetName;
        int line;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            sheetName = sheet.getSheetName();
            Row row = rowStartingWith(sheet, "培训次数", 2);
            line = row.getRowNum() + 1;
            row.getCell(4).setCellValue("两次");
            rowStartingWith(sheet, "考试合格率", 2).getCell(8).setCellValue("大概吧");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        MonitoringWorkbookReader.Read back = new MonitoringWorkbookReader().read(file);

        assertThat(back.sheets()).isEmpty();
        assertThat(back.problems()).extracting(ReadProblem::zh).contains(
                "工作表“" + sheetName + "”第 " + line + " 行：1—7月完成：“两次”不是数字");
        assertThat(back.problems()).extracting(ReadProblem::en).contains(
                "sheet \"" + sheetName + "\" row " + line + ": completed in months 1–7: \"两次\" is not a number");
        assertThat(back.problems()).extracting(ReadProblem::zh)
                .anyMatch(p -> p.contains("第 " + (line + 1) + " 行：完成目标可能性：“大概吧”不是可选项（确定能 / 有可能 / 完全不可能）"));
    }

    @Test
    void a_cause_typed_in_words_alone_is_kept_as_its_text() throws Exception {
        Path file = exported(july(), 42L);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheetAt(0);
            rowStartingWith(sheet, "培训次数", 2).getCell(9).setCellValue("讲师生病：推迟两期");
            rowStartingWith(sheet, "考试合格率", 2).getCell(9).setCellValue("经费保障，制度保障");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        MonitoringWorkbookReader.Sheet s = new MonitoringWorkbookReader().read(file).sheets().get(0);
        assertThat(s.indicators().get(0).causes()).isEmpty();
        assertThat(s.indicators().get(0).causeText()).isEqualTo("讲师生病：推迟两期");
        assertThat(s.indicators().get(1).causes()).containsExactlyInAnyOrder(DeviationCause.FUNDING, DeviationCause.RULES);
        assertThat(s.indicators().get(1).causeText()).isEmpty();
    }

    @Test
    void a_workbook_without_a_monitoring_table_is_refused_as_such() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("别的表");
            wb.write(out);
        }
        MonitoringWorkbookReader.Read back = new MonitoringWorkbookReader().read(file);
        assertThat(back.refused()).isTrue();
        assertThat(back.problems().get(0).zh()).isEqualTo("工作簿中没有项目支出绩效目标执行监控表");
    }

    private static Row rowStartingWith(Sheet sheet, String text, int column) {
        for (Row r : sheet) {
            if (r.getCell(column) != null && text.equals(r.getCell(column).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + text);
    }
}
