package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.TableFiles;
import org.jixiao.office.table.OfficialTables;
import org.jixiao.office.xlsx.WorkbookExporter;
import org.jixiao.server.audit.Differences;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** Excel and PDF in the web application: export of one and of a filtered list, templates, bulk import. */
class ExchangeIntegrationTest extends IntegrationTestBase {
    private static final String YUNNAN_UNIT = "云南省信息技术发展中心";

    @Autowired
    WorkflowService workflow;

    @TempDir
    Path temp;

    private byte[] download(String user, String url, String contentType) throws Exception {
        return mvc.perform(get(url).with(as(user))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(contentType)))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private ReadResult readBack(byte[] bytes, String name) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, bytes);
        return new TableFiles().read(file);
    }

    private SelfEvaluation demoForm(String project) {
        return evaluations.get(demoEvaluation(project), person("admin")).form();
    }

    static SelfEvaluation renamed(SelfEvaluation e, String project) {
        Header h = e.header();
        return new SelfEvaluation(new Header(project, h.department(), h.unit(), h.year(), h.currencyUnit(), h.preparedBy(),
                h.disclosureNo(), h.kind()), e.funding(), e.goals(), e.indicators(), e.reportedIndicatorWeightSum(),
                e.reportedIndicatorScoreSum(), e.reportedMaxTotal(), e.reportedTotal(), e.reportedGrade(), e.notes(),
                e.layout(), e.line());
    }

    private static SelfEvaluation withFirstActual(SelfEvaluation e, String actual) {
        List<Indicator> is = new ArrayList<>(e.indicators());
        is.set(0, is.get(0).withActual(Actual.reported(actual)));
        return e.withIndicators(is);
    }

    private static byte[] text(SelfEvaluation e) {
        return OfficialTables.of(e).asText().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(SelfEvaluation e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookExporter().write(List.of(e), out);
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private long yunnanUnit() {
        return organisations.findByName(YUNNAN_UNIT).orElseThrow().id();
    }

    private String importThroughTheApi(String user, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/evaluations/import").param("organisationId", String.valueOf(yunnanUnit()))
                .param("year", "2023");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String project) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE project = :p").param("p", project).query(Long.class).single();
    }

    private long idOf(String project) {
        return jdbc.sql("SELECT id FROM evaluation WHERE project = :p").param("p", project).query(Long.class).single();
    }

    @Test
    void a_demo_evaluation_exported_as_xlsx_and_as_pdf_reads_back_as_the_same_evaluation() throws Exception {
        long id = demoEvaluation(YUNNAN_PASS_RATE);
        SelfEvaluation stored = evaluations.get(id, person("yn-filler")).form();
        byte[] xlsx = download("yn-filler", "/api/evaluations/" + id + "/export?format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        byte[] pdf = download("yn-filler", "/evaluations/" + id + "/export?format=pdf", "application/pdf");

        for (ReadResult back : List.of(readBack(xlsx, "one.xlsx"), readBack(pdf, "one.pdf"))) {
            assertThat(back.tables()).hasSize(1);
            assertThat(Differences.between(stored, back.tables().get(0).evaluation())).as(back.source()).isEmpty();
        }
    }

    @Test
    void the_file_name_of_an_export_is_the_project_in_utf_8() throws Exception {
        long id = demoEvaluation(YUNNAN_PASS_RATE);
        String disposition = mvc.perform(get("/api/evaluations/" + id + "/export?format=xlsx").with(as("yn-filler")))
                .andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"evaluation-" + id + ".xlsx\"")
                .contains("filename*=UTF-8''" + org.springframework.web.util.UriUtils.encode("2023 " + YUNNAN_PASS_RATE + ".xlsx",
                        StandardCharsets.UTF_8));
    }

    @Test
    void an_evaluation_outside_the_callers_scope_is_not_exported() throws Exception {
        long yunnan = demoEvaluation(YUNNAN_PASS_RATE);
        mvc.perform(get("/api/evaluations/" + yunnan + "/export?format=xlsx").with(as("mh-filler"))).andExpect(status().isNotFound());
        mvc.perform(get("/evaluations/" + yunnan + "/export?format=pdf").with(as("mh-filler"))).andExpect(status().isNotFound());
        byte[] all = download("mh-filler", "/api/evaluations/export?format=xlsx", "application/vnd");
        assertThat(readBack(all, "mh.xlsx").tables()).extracting(t -> t.evaluation().header().project())
                .doesNotContain(YUNNAN_PASS_RATE);
    }

    @Test
    void the_list_export_holds_exactly_the_tables_the_filter_matches() throws Exception {
        String list = mvc.perform(get("/api/evaluations?year=2023&size=200").with(as("yn-filler")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> projects = JsonPath.read(list, "$.items[*].project");

        byte[] xlsx = download("yn-filler", "/api/evaluations/export?format=xlsx&year=2023&unit=YUAN", "application/vnd");
        byte[] pdf = download("yn-filler", "/evaluations/export?format=pdf&year=2023", "application/pdf");

        for (ReadResult back : List.of(readBack(xlsx, "list.xlsx"), readBack(pdf, "list.pdf"))) {
            assertThat(back.tables()).extracting(t -> t.evaluation().header().project())
                    .containsExactlyInAnyOrderElementsOf(projects);
        }
    }

    @Test
    void an_export_of_nothing_or_of_an_unknown_format_is_refused_with_why() throws Exception {
        String body = mvc.perform(get("/api/evaluations/export?format=xlsx&year=1999").with(as("yn-filler")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(body, "$.error")).contains("没有符合条件");
        mvc.perform(get("/api/evaluations/" + demoEvaluation(YUNNAN_PASS_RATE) + "/export?format=docx").with(as("yn-filler")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/evaluations/export?format=xlsx&year=1999").with(as("yn-filler")))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/evaluations?format=xlsx&year=1999"));
    }

    @Test
    void a_blank_template_of_each_scheme_downloads_and_an_unknown_scheme_is_not_found() throws Exception {
        for (String scheme : List.of("national-2020", "suzhou-2023")) {
            byte[] xlsx = download("yn-filler", "/evaluations/template?scheme=" + scheme, "application/vnd");
            assertThat(TableFiles.kind(Files.write(temp.resolve(scheme + ".xlsx"), xlsx))).isEqualTo(TableFiles.Kind.XLSX);
        }
        mvc.perform(get("/evaluations/template?scheme=nowhere-1999").with(as("yn-filler"))).andExpect(status().isNotFound());
    }

    @Test
    void a_zip_of_a_good_text_a_good_workbook_and_a_bad_file_stores_two_and_reports_the_bad_one_by_name() throws Exception {
        SelfEvaluation demo = demoForm(YUNNAN_PASS_RATE);
        byte[] bundle = zip(Map.of(
                "tables/文本表.txt", text(renamed(demo, "批量导入文本表")),
                "tables/工作簿表.xlsx", workbook(renamed(demo, "批量导入工作簿表")),
                "tables/坏文件.xlsx", "PK\u0003\u0004 not really a workbook".getBytes(StandardCharsets.ISO_8859_1),
                "__MACOSX/tables/._文本表.txt", new byte[] {0, 1, 2},
                "../../outside.txt/", new byte[0]));
        long before = jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single();

        String report = importThroughTheApi("yn-filler", new MockMultipartFile("files", "批量.zip", "application/zip", bundle));

        assertThat(count("批量导入文本表")).isEqualTo(1);
        assertThat(count("批量导入工作簿表")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM evaluation").query(Long.class).single()).isEqualTo(before + 2);
        assertThat((Integer) JsonPath.read(report, "$.created")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(report, "$.failed")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(report, "$.files")).isEqualTo(3);
        List<String> failed = JsonPath.read(report, "$.reports[?(@.outcome == 'FAILED')].name");
        assertThat(failed).containsExactly("批量.zip/tables/坏文件.xlsx");
        List<String> why = JsonPath.read(report, "$.reports[?(@.outcome == 'FAILED')].notes[*].en");
        assertThat(why).isNotEmpty();
    }

    @Test
    void re_importing_the_same_project_and_year_updates_it_with_the_changes_in_the_audit_trail() throws Exception {
        SelfEvaluation first = renamed(demoForm(YUNNAN_PASS_RATE), "再次导入更新的表");
        importThroughTheApi("yn-filler", new MockMultipartFile("files", "a.txt", "text/plain", text(first)));
        long id = idOf("再次导入更新的表");

        String same = importThroughTheApi("yn-filler", new MockMultipartFile("files", "a.txt", "text/plain", text(first)));
        assertThat((Integer) JsonPath.read(same, "$.unchanged")).isEqualTo(1);

        SelfEvaluation changed = withFirstActual(first, "99");
        String report = importThroughTheApi("yn-filler", new MockMultipartFile("files", "a.xlsx", "application/octet-stream",
                workbook(changed)));

        assertThat((Integer) JsonPath.read(report, "$.updated")).isEqualTo(1);
        assertThat(count("再次导入更新的表")).isEqualTo(1);
        assertThat(evaluations.get(id, person("yn-filler")).form().indicators().get(0).actual().text()).isEqualTo("99");
        List<Map<String, Object>> audit = jdbc.sql("""
                SELECT field, new_value FROM audit_entry WHERE evaluation_id = :id AND source = 'IMPORT' AND evaluation_version > 0""")
                .param("id", id).query().listOfRows();
        assertThat(audit).extracting(r -> r.get("field") + "=" + r.get("new_value")).contains("indicators[0].actual=99");
    }

    @Test
    void a_submitted_evaluation_is_not_overwritten_by_an_import_and_is_reported_locked() throws Exception {
        SelfEvaluation first = renamed(demoForm(YUNNAN_PASS_RATE), "已送审不可覆盖的表");
        importThroughTheApi("yn-filler", new MockMultipartFile("files", "a.txt", "text/plain", text(first)));
        long id = idOf("已送审不可覆盖的表");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        int version = evaluations.get(id, person("yn-filler")).version();

        String jobUrl = mvc.perform(multipart("/evaluations/bulk-import")
                        .file(new MockMultipartFile("files", "b.txt", "text/plain", text(withFirstActual(first, "1"))))
                        .param("organisationId", String.valueOf(yunnanUnit()))
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(jobUrl).startsWith("/evaluations/bulk-import/");
        String page = "";
        for (int k = 0; k < 300 && (page.isEmpty() || page.contains("hx-get=")); k++) {
            Thread.sleep(100);
            page = mvc.perform(get(jobUrl).header("HX-Request", "true").with(as("yn-filler")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        }

        assertThat(page).contains("已锁定").contains("b.txt");
        assertThat(evaluations.get(id, person("yn-filler")).version()).isEqualTo(version);
        assertThat(count("已送审不可覆盖的表")).isEqualTo(1);
        mvc.perform(get(jobUrl).with(as("mh-filler"))).andExpect(status().isNotFound());
    }

    @Test
    void a_zip_bomb_is_refused_whole_and_nothing_of_it_is_stored() throws Exception {
        SelfEvaluation demo = demoForm(YUNNAN_PASS_RATE);
        byte[] bomb = zip(Map.of("好的表.txt", text(renamed(demo, "炸弹里的好表")), "zeros.txt", new byte[30 * 1024 * 1024]));

        String report = importThroughTheApi("yn-filler", new MockMultipartFile("files", "bomb.zip", "application/zip", bomb));

        assertThat((Integer) JsonPath.read(report, "$.failed")).isEqualTo(1);
        List<String> why = JsonPath.read(report, "$.reports[0].notes[*].zh");
        assertThat(why).singleElement().asString().contains("zip 炸弹");
        assertThat(count("炸弹里的好表")).isZero();
        mvc.perform(get("/api/evaluations").with(as("yn-filler"))).andExpect(status().isOk());
    }

    @Test
    void only_fillers_import_and_only_into_their_own_subtree() throws Exception {
        MockMultipartFile file = new MockMultipartFile("files", "a.txt", "text/plain", text(demoForm(YUNNAN_PASS_RATE)));
        mvc.perform(multipart("/api/evaluations/import").file(file).param("organisationId", String.valueOf(yunnanUnit()))
                .with(as("mh-filler"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/evaluations/import").file(file).param("organisationId", String.valueOf(yunnanUnit()))
                .with(as("yn-reviewer"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/evaluations/import").param("organisationId", String.valueOf(yunnanUnit()))
                .with(as("yn-filler"))).andExpect(status().isBadRequest());
    }
}
