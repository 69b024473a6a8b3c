package org.jixiao.office.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.SameEvaluation;
import org.jixiao.office.SeedTables;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class WorkbookRoundTripTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> every_seed_table_written_as_a_workbook_reads_back_field_for_field() throws IOException {
        return SeedTables.all().stream().map(e -> DynamicTest.dynamicTest(e.header().project(), () -> {
            Path file = write(List.of(e), "one.xlsx");
            ReadResult back = new WorkbookReader().read(file);
            assertThat(back.allProblems()).isEmpty();
            assertThat(back.tables()).hasSize(1);
            assertThat(SameEvaluation.differences(e, back.tables().get(0).evaluation())).isEmpty();
        }));
    }

    @Test
    void a_workbook_of_all_seeds_has_a_summary_sheet_first_that_is_never_read_as_a_table() throws IOException {
        List<SelfEvaluation> all = SeedTables.all();
        Path file = write(all, "all.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(all.size() + 1);
            Sheet summary = wb.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo(SummarySheet.NAME);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo(SummarySheet.TITLE);
            assertThat(summary.getLastRowNum()).isEqualTo(2 + all.size());
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("金额单位：万元");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
            throw new IOException(ex);
        }
        ReadResult back = new WorkbookReader().read(file);
        assertThat(back.allProblems()).isEmpty();
        assertThat(back.tables()).hasSize(all.size());
        for (int k = 0; k < all.size(); k++) {
            assertThat(SameEvaluation.differences(all.get(k), back.tables().get(k).evaluation())).isEmpty();
        }
    }

    @Test
    void amounts_in_yuan_are_converted_to_wan_yuan_on_the_summary() throws IOException {
        SelfEvaluation minhang = SeedTables.byProject("2022年度信息化项目咨询评估");
        SelfEvaluation yunnan = SeedTables.byProject("计算机技术与软件专业资格考试专项资金");
        Path file = write(List.of(yunnan, minhang), "mixed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet summary = wb.getSheetAt(0);
            assertThat(summary.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(247.14);
            assertThat(summary.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(37.5);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
            throw new IOException(ex);
        }
    }

    @Test
    void the_summary_shows_a_table_finance_rechecked_at_its_rechecked_total_and_grade_and_the_others_at_their_own()
            throws Exception {
        SelfEvaluation minhang = SeedTables.byProject("2022年度信息化项目咨询评估");
        SelfEvaluation yunnan = SeedTables.byProject("计算机技术与软件专业资格考试专项资金");
        FinalResult rechecked = new FinalResult(new BigDecimal("83.30"), "良", FinalResult.Source.RECHECK);
        Path file = dir.resolve("rechecked.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new WorkbookExporter().write(List.of(yunnan, minhang), java.util.Arrays.asList(rechecked, null), out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet summary = wb.getSheetAt(0);
            assertThat(summary.getRow(3).getCell(11).getNumericCellValue()).isEqualTo(83.30);
            assertThat(summary.getRow(3).getCell(12).getStringCellValue()).isEqualTo("良");
            assertThat(summary.getRow(3).getCell(13).getStringCellValue()).isEqualTo("财政复核");
            assertThat(summary.getRow(4).getCell(11).getNumericCellValue()).isEqualTo(summary.getRow(4).getCell(9).getNumericCellValue());
            assertThat(summary.getRow(4).getCell(12).getStringCellValue()).isEqualTo(summary.getRow(4).getCell(10).getStringCellValue());
            assertThat(summary.getRow(4).getCell(13).getStringCellValue()).isEqualTo("自评");
        }
    }

    @Test
    void the_printed_form_is_set_up_for_a4_one_page_wide_with_title_rows_repeated() throws Exception {
        Path file = write(List.of(SeedTables.byProject("计算机技术与软件专业资格考试专项资金")), "print.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows()).isNotNull();
            assertThat(sheet.getNumMergedRegions()).isGreaterThan(10);
            assertThat(sheet.getRow(8).getCell(2).getCellStyle().getDataFormatString()).isEqualTo(CellStyles.TWO_DECIMALS);
        }
    }

    private Path write(List<SelfEvaluation> evaluations, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new WorkbookExporter().write(evaluations, out);
        }
        return file;
    }
}
