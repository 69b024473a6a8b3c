package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Filled monitoring workbooks imported in bulk (lifecycle §4): each matched to its report in the importer's scope,
 * saved as the form saves it (version, lights, audit), one file at a time — a bad file keeps nothing, the rest go on.
 */
class MonitoringImportIntegrationTest extends MonitoringTestBase {

    /** A July round over a fresh approved declaration: its report's id. */
    long julyReport(String project) throws Exception {
        long declaration = approvedDeclaration(project, 2026);
        return number(postJson("/api/monitoring-rounds", "yn-finance", """
                {"year": 2026, "month": 7, "deadline": "%s", "kind": "FINANCE", "organisationId": %d,
                 "declarationIds": [%d]}""".formatted(LocalDate.now().plusDays(20), ynFinance(), declaration))
                .andExpect(status().isCreated()), "$.reports[0].id");
    }

    byte[] exported(long report) throws Exception {
        return mvc.perform(get("/api/monitoring-reports/" + report + "/export").param("format", "xlsx").with(as("yn-filler")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** The workbook as a unit fills it in Excel: 70 of 120 spent, 2 of 8 classes held, with a cause and a measure. */
    static byte[] filled(byte[] workbook, Consumer<XSSFWorkbook> more) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheetAt(0);
            Row budget = sheet.getRow(rowOf(sheet, 0, "预算执行").getRowNum() + 1);
            budget.getCell(3).setCellValue(70);
            budget.getCell(4).setCellValue(120);
            Row classes = rowOf(sheet, 2, "举办培训班期数");
            classes.getCell(4).setCellValue(2);
            classes.getCell(5).setCellValue(6);
            classes.getCell(8).setCellValue("有可能");
            classes.getCell(9).setCellValue("经费保障：资金下达较晚");
            classes.getCell(10).setCellValue("下半年集中开班");
            more.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Row rowOf(Sheet sheet, int column, String text) {
        for (Row r : sheet) {
            if (r.getCell(column) != null && text.equals(r.getCell(column).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row " + text);
    }

    /** Puts another report's number on a sheet, or none ({@code null}). */
    static void numbered(XSSFWorkbook wb, int sheet, Long report) {
        // a new cell, as Excel saves it: POI would keep the exported inline string under a value set over it
        Row caption = wb.getSheetAt(sheet).getRow(2);
        caption.removeCell(caption.getCell(0));
        caption.createCell(0).setCellValue(report == null ? "" : "报告编号：" + report);
    }

    String importing(String user, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/monitoring-reports/import");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.with(as(user)).with(csrf()).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static MockMultipartFile xlsx(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                content);
    }

    @Test
    void a_filled_workbook_updates_its_report_as_the_form_would_and_a_bad_one_beside_it_keeps_nothing() throws Exception {
        long report = julyReport("监控表导入测试项目");
        long other = julyReport("监控表导入另一项目");
        byte[] blank = exported(report);
        byte[] good = filled(blank, wb -> { });
        byte[] badCell = filled(blank, wb -> rowOf(wb.getSheetAt(0), 2, "举办培训班期数").getCell(4).setCellValue("两次"));
        int badRow = rowNumber(badCell, "举办培训班期数");
        String sheetName = sheetName(blank);
        byte[] otherFigures = filled(exported(other), wb -> { });
        // one file of two sheets, the second for another project than its number says: the first is not kept either
        byte[] halfWrong = filled(exported(other), wb -> {
            wb.cloneSheet(0);
            numbered(wb, 1, report);
        });

        String result = importing("yn-filler", xlsx("good.xlsx", good), xlsx("bad.xlsx", badCell),
                xlsx("half.xlsx", halfWrong));

        assertThat((Integer) JsonPath.read(result, "$.files")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(result, "$.updated")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(result, "$.failed")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(result, "$.reports[0].monitored[0].reportId")).isEqualTo((int) report);
        assertThat((String) JsonPath.read(result, "$.reports[0].monitored[0].light")).isEqualTo("RED");
        assertThat((String) JsonPath.read(result, "$.reports[0].monitored[0].outcome")).isEqualTo("UPDATED");
        List<String> zh = JsonPath.read(result, "$.reports[1].notes[*].zh");
        assertThat(zh).contains("工作表“" + sheetName + "”第 " + badRow + " 行：1—7月完成：“两次”不是数字");
        List<String> en = JsonPath.read(result, "$.reports[1].notes[*].en");
        assertThat(en).contains("sheet \"" + sheetName + "\" row " + badRow + ": completed in months 1–7: \"两次\" is not a number");
        List<String> half = JsonPath.read(result, "$.reports[2].notes[*].zh");
        assertThat(half).singleElement().asString().contains("报告编号 " + report).contains("监控表导入测试项目");

        // the report as the form would have saved it: version, the core's lights, the audit trail of an import
        String url = "/api/monitoring-reports/" + report;
        mvc.perform(get(url).with(as("yn-filler")).header("Accept-Language", "zh-CN"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.light").value("RED"))
                .andExpect(jsonPath("$.budget.executedToDate").value(70))
                .andExpect(jsonPath("$.budget.expected").value(120))
                .andExpect(jsonPath("$.indicators[0].toDate").value(2))
                .andExpect(jsonPath("$.indicators[0].expected").value(6))
                .andExpect(jsonPath("$.indicators[0].likelihood").value("POSSIBLE"))
                .andExpect(jsonPath("$.indicators[0].causes").value(hasItem("FUNDING")))
                .andExpect(jsonPath("$.indicators[0].causeText").value("资金下达较晚"))
                .andExpect(jsonPath("$.indicators[0].measures").value("下半年集中开班"))
                .andExpect(jsonPath("$.indicators[0].explanation").value(containsString("2 ÷ (8 × 7/12) = 42.9 %")));
        mvc.perform(get(url + "/history").with(as("yn-filler")))
                .andExpect(jsonPath("$[?(@.field == 'indicator[0].toDate')].source").value(hasItem("IMPORT")));
        // the other project's report: the bad file's sheet for it was not kept
        mvc.perform(get("/api/monitoring-reports/" + other).with(as("yn-filler")))
                .andExpect(jsonPath("$.version").value(0));

        // the same workbook again, in a .zip beside the other project's: unchanged, and the other one updated
        String again = importing("yn-filler", new MockMultipartFile("files", "all.zip", "application/zip",
                zip("good.xlsx", good, "other.xlsx", otherFigures)));
        assertThat((Integer) JsonPath.read(again, "$.unchanged")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(again, "$.updated")).isEqualTo(1);
        mvc.perform(get(url).with(as("yn-filler"))).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void a_workbook_is_matched_only_within_the_importers_scope_and_only_a_filler_imports() throws Exception {
        long report = julyReport("监控表导入范围项目");
        byte[] good = filled(exported(report), wb -> { });
        // without its number the sheet is matched by project, year and month, in scope only
        byte[] unnumbered = filled(exported(report), wb -> numbered(wb, 0, null));

        String elsewhere = importing("mh-filler", xlsx("good.xlsx", good));
        assertThat((Integer) JsonPath.read(elsewhere, "$.failed")).isEqualTo(1);
        List<String> why = JsonPath.read(elsewhere, "$.reports[0].notes[*].en");
        assertThat(why).singleElement().asString().contains("report number " + report + " is no monitoring report in your scope");
        mvc.perform(multipart("/api/monitoring-reports/import").file(xlsx("good.xlsx", good)).with(as("yn-finance")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/monitoring-reports/" + report).with(as("yn-filler"))).andExpect(jsonPath("$.version").value(0));

        String byName = importing("yn-filler", xlsx("unnumbered.xlsx", unnumbered));
        assertThat((Integer) JsonPath.read(byName, "$.updated")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(byName, "$.reports[0].monitored[0].reportId")).isEqualTo((int) report);
        String byNameElsewhere = importing("mh-filler", xlsx("unnumbered.xlsx", unnumbered));
        List<String> none = JsonPath.read(byNameElsewhere, "$.reports[0].notes[*].zh");
        assertThat(none).singleElement().asString().contains("您的范围内没有“监控表导入范围项目”2026 年 1—7 月的监控表");
    }

    @Test
    void a_workbook_without_its_number_finds_its_report_by_the_project_name_retyped_with_other_spaces_and_brackets()
            throws Exception {
        long report = julyReport("监控表（重录）名称项目");
        byte[] retyped = filled(exported(report), wb -> {
            numbered(wb, 0, null);
            Row name = rowOf(wb.getSheetAt(0), 0, "项目名称");
            name.removeCell(name.getCell(1));
            name.createCell(1).setCellValue(" 监控表 (重录) 名称项目 ");
        });

        String byName = importing("yn-filler", xlsx("retyped.xlsx", retyped));
        assertThat((Integer) JsonPath.read(byName, "$.updated")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(byName, "$.reports[0].monitored[0].reportId")).isEqualTo((int) report);
        mvc.perform(get("/api/monitoring-reports/" + report).with(as("yn-filler")))
                .andExpect(jsonPath("$.budget.executedToDate").value(70));
    }

    @Test
    void the_monitoring_import_page_uploads_and_shows_each_files_report() throws Exception {
        long report = julyReport("监控表页面导入项目");
        byte[] good = filled(exported(report), wb -> { });
        mvc.perform(get("/monitoring").with(as("yn-filler"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("href=\"/monitoring/import\"")));
        mvc.perform(get("/monitoring/import").with(as("yn-filler"))).andExpect(status().isOk());

        String jobUrl = mvc.perform(multipart("/monitoring/import").file(xlsx("填好的监控表.xlsx", good))
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(jobUrl).startsWith("/monitoring/import/");
        String page = "";
        for (int k = 0; k < 300 && (page.isEmpty() || page.contains("hx-get=")); k++) {
            Thread.sleep(100);
            page = mvc.perform(get(jobUrl).header("HX-Request", "true").header("Accept-Language", "zh-CN")
                    .with(as("yn-filler"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        }
        assertThat(page).contains("填好的监控表.xlsx", "监控表页面导入项目", "/monitoring/reports/" + report, "红灯");
        mvc.perform(get(jobUrl).with(as("mh-filler"))).andExpect(status().isNotFound());
    }

    private static int rowNumber(byte[] workbook, String indicator) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return rowOf(wb.getSheetAt(0), 2, indicator).getRowNum() + 1;
        }
    }

    private static String sheetName(byte[] workbook) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return wb.getSheetAt(0).getSheetName();
        }
    }

    private static byte[] zip(String name1, byte[] content1, String name2, byte[] content2) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name1));
            zip.write(content1);
            zip.putNextEntry(new ZipEntry(name2));
            zip.write(content2);
        }
        return out.toByteArray();
    }
}
