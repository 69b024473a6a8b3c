package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.evaluation.EvaluationForm;
import org.jixiao.server.evaluation.FormMapper;
import org.jixiao.server.evaluation.FormRules;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** 佐证材料: files on a table or an indicator row, in the database, seen where the table is seen, refused by content. */
class AttachmentIntegrationTest extends IntegrationTestBase {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    @Autowired
    AuditTrail audit;
    @Autowired
    WorkflowService workflow;

    private ResultActions upload(long evaluation, String user, String name, byte[] bytes, Integer indicator) throws Exception {
        var request = multipart("/api/evaluations/{id}/attachments", evaluation)
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(as(user));
        if (indicator != null) {
            request.param("indicator", indicator.toString());
        }
        return mvc.perform(request);
    }

    private long uploaded(long evaluation, String name, byte[] bytes, Integer indicator) throws Exception {
        String body = upload(evaluation, "yn-filler", name, bytes, indicator).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body).get("id").asLong();
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write(e.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void a_filler_uploads_a_pdf_on_an_indicator_and_reviewers_of_the_scope_list_and_download_it() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        upload(id, "yn-filler", "C:\\扫描件\\考试成绩统计.pdf", PDF, 2)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("考试成绩统计.pdf"))
                .andExpect(jsonPath("$.size").value(PDF.length))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.indicator").value(2));
        for (String viewer : List.of("yn-filler", "yn-reviewer", "yn-finance")) {
            mvc.perform(get("/api/evaluations/{id}/attachments", id).with(as(viewer)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(1))
                    .andExpect(jsonPath("$[0].name").value("考试成绩统计.pdf"));
        }
        long file = jdbc.sql("SELECT id FROM attachment WHERE document_id = :id").param("id", id).query(Long.class).single();
        byte[] downloaded = mvc.perform(get("/api/attachments/{a}", file).with(as("yn-reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("UTF-8''")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        assertThat(audit.history(id)).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("indicators[2].attachments");
            assertThat(e.newValue()).isEqualTo("考试成绩统计.pdf");
        });
    }

    @Test
    void a_user_of_another_organisation_finds_neither_the_upload_nor_the_list_nor_the_file() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        long file = uploaded(id, "a.pdf", PDF, null);
        upload(id, "mh-filler", "b.pdf", PDF, null).andExpect(status().isNotFound());
        mvc.perform(get("/api/evaluations/{id}/attachments", id).with(as("mh-reviewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/attachments/{a}", file).with(as("mh-filler"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/attachments/{a}", file).with(as("mh-reviewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/evaluations/{id}/attachments/{a}", id, file).with(as("mh-filler"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE document_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void executables_archives_zip_bombs_and_files_over_the_limit_are_refused_in_both_languages_and_nothing_is_stored()
            throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(id, "yn-filler", "报告.pdf", exe, null).andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value("不接受可执行文件或脚本 / Executables and scripts are not accepted"));
        upload(id, "yn-filler", "材料.zip", zip("a.pdf", "b.pdf"), null).andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("不接受压缩包")));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(new byte[20 * 1024 * 1024]);
            zip.closeEntry();
        }
        upload(id, "yn-filler", "预算.xlsx", bomb.toByteArray(), null).andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("解压后过大")))
                .andExpect(jsonPath("$.error").value(Matchers.containsString("unpacks to too much")));
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        upload(id, "yn-filler", "大文件.pdf", big, null).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value("文件超过 20 MB 的上限 / The file is over the limit of 20 MB"));
        upload(id, "yn-filler", "空.pdf", new byte[0], null).andExpect(status().isBadRequest());
        upload(id, "yn-filler", "x.pdf", PDF, 99).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE document_id = :id").param("id", id).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment_content").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM attachment").query(Long.class).single());
    }

    @Test
    void an_office_workbook_and_an_image_are_told_by_their_content_whatever_their_names_say() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("统计").createRow(0).createCell(0).setCellValue("合格率");
            wb.write(xlsx);
        }
        upload(id, "yn-filler", "统计表", xlsx.toByteArray(), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.contentType").value("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        upload(id, "yn-filler", "现场照片.exe", png, 0).andExpect(status().isOk())
                .andExpect(jsonPath("$.contentType").value("image/png"))
                .andExpect(jsonPath("$.name").value("现场照片.exe"));
    }

    @Test
    void a_file_over_the_hundred_megabytes_of_a_table_is_refused_and_says_how_much_is_left() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        jdbc.sql("""
                INSERT INTO attachment (document_kind, document_id, name, content_type, size_bytes, sha256, uploaded_by_name, uploaded_at)
                VALUES ('EVALUATION', :id, 'earlier.pdf', 'application/pdf', :size, :sha, 'x', CURRENT_TIMESTAMP)""")
                .param("id", id).param("size", 99L * 1024 * 1024).param("sha", "0".repeat(64)).update();
        upload(id, "yn-filler", "more.pdf", Arrays.copyOf(PDF, 2 * 1024 * 1024), null).andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("合计不超过 100 MB，本表还可上传 1 MB")));
        jdbc.sql("DELETE FROM attachment WHERE document_id = :id AND name = 'earlier.pdf'").param("id", id).update();
    }

    @Test
    void files_are_removed_while_the_table_may_be_edited_added_until_finance_approves_and_the_history_has_both() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        long first = uploaded(id, "第一份.pdf", PDF, null);
        mvc.perform(delete("/api/attachments/{a}", first).with(as("yn-reviewer"))).andExpect(status().isConflict());
        mvc.perform(delete("/api/attachments/{a}", first).with(as("yn-filler"))).andExpect(status().isNoContent());
        assertThat(audit.history(id)).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("attachments");
            assertThat(e.oldValue()).isEqualTo("第一份.pdf");
            assertThat(e.newValue()).isNull();
        });
        long kept = uploaded(id, "第二份.pdf", PDF, null);
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        // under review: evidence a reviewer asks for may still come, but nothing is taken away
        uploaded(id, "补充.pdf", PDF, null);
        mvc.perform(delete("/api/attachments/{a}", kept).with(as("yn-filler"))).andExpect(status().isConflict());
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        workflow.act(id, Transition.FINANCE_APPROVE, null, null, List.of(), person("yn-finance"));
        upload(id, "yn-filler", "晚了.pdf", PDF, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("财政复核通过后")));
    }

    @Test
    void a_file_is_on_the_public_page_only_once_finance_marks_it_and_the_table_is_published() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        long shown = uploaded(id, "公开的.pdf", PDF, null);
        long hidden = uploaded(id, "内部的.pdf", PDF, null);
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        workflow.act(id, Transition.FINANCE_APPROVE, null, null, List.of(), person("yn-finance"));
        mvc.perform(put("/api/attachments/{a}/public", shown).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"shown\": true}")).andExpect(status().isForbidden());
        mvc.perform(put("/api/attachments/{a}/public", shown).with(as("yn-finance")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"shown\": true}")).andExpect(status().isOk()).andExpect(jsonPath("$.public").value(true));
        mvc.perform(get("/public/{id}/attachments/{a}", id, shown)).andExpect(status().isNotFound());
        workflow.act(id, Transition.PUBLISH, null, null, List.of(), person("yn-finance"));
        mvc.perform(get("/public/{id}", id)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("公开的.pdf")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("内部的.pdf"))));
        mvc.perform(get("/public/{id}/attachments/{a}", id, shown)).andExpect(status().isOk())
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/public/{id}/attachments/{a}", id, hidden)).andExpect(status().isNotFound());
    }

    @Test
    void an_over_achievement_without_a_reason_is_answered_by_a_file_on_its_row_and_no_longer_named_at_submission()
            throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        StoredEvaluation stored = evaluations.get(id, person("yn-filler"));
        List<Indicator> indicators = new ArrayList<>(stored.form().indicators());
        Indicator pass = indicators.get(2).withActual(Actual.reported("60"));
        indicators.set(2, new Indicator(pass.level1(), pass.level2(), pass.name(), pass.target(), pass.actual(), pass.weight(),
                pass.reportedScore(), "", pass.line(), pass.category()));
        evaluations.save(id, stored.version(), stored.form().withIndicators(indicators), null, person("yn-filler"),
                AuditSource.SCREEN);
        String before = mvc.perform(get("/evaluations/{id}", id).with(as("yn-filler"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(before).contains("data-code=\"OVER_ACHIEVEMENT_UNEXPLAINED\"").doesNotContain("id=\"findings-answered\"");
        uploaded(id, "超额完成的说明.pdf", PDF, 2);
        String after = mvc.perform(get("/evaluations/{id}", id).with(as("yn-filler"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(after).contains("id=\"findings-answered\"", "id=\"evidence-row-2\"", "超额完成的说明.pdf");
        assertThat(after.substring(after.indexOf("id=\"findings-row-2\""), after.indexOf("id=\"evidence-row-2\"")))
                .doesNotContain("OVER_ACHIEVEMENT_UNEXPLAINED");
        mvc.perform(post("/api/evaluations/{id}/submit", id).with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.indicatorIndex == 2)].code").value(Matchers.not(Matchers.hasItem("OVER_ACHIEVEMENT_UNEXPLAINED"))));
    }

    @Test
    void a_file_on_an_indicator_stays_with_it_when_rows_are_moved_and_another_is_deleted_and_a_deleted_rows_file_stays_with_the_table()
            throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        StoredEvaluation stored = evaluations.get(id, person("yn-filler"));
        String passRate = stored.form().indicators().get(2).name();
        String firstRow = stored.form().indicators().get(0).name();
        uploaded(id, "合格率的证明.pdf", PDF, 2);
        uploaded(id, "考点的证明.pdf", PDF, 0);

        // on the screen: the pass rate moved up one row, the first row deleted, then saved — as the browser posts it
        EvaluationForm form = FormMapper.toForm(stored).withRowKeys(evaluations.rowKeys(stored));
        FormRules.applyRowAction(form, "up:2");
        FormRules.applyRowAction(form, "remove:0");
        mvc.perform(FormParams.of(form).into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredEvaluation saved = evaluations.get(id, person("yn-filler"));
        assertThat(saved.form().indicators().get(0).name()).isEqualTo(passRate);
        assertThat(saved.form().indicators()).extracting(Indicator::name).doesNotContain(firstRow);

        mvc.perform(get("/api/evaluations/{id}/attachments", id).with(as("yn-reviewer")))
                .andExpect(jsonPath("$[?(@.name == '合格率的证明.pdf')].indicator").value(Matchers.contains(0)))
                .andExpect(jsonPath("$[*].name").value(Matchers.hasItem("考点的证明.pdf")))
                .andExpect(jsonPath("$[?(@.name == '考点的证明.pdf')].indicator").value(Matchers.empty()));
        String page = mvc.perform(get("/evaluations/{id}", id).with(as("yn-filler"))).andReturn().getResponse()
                .getContentAsString();
        String rowZero = page.substring(page.indexOf("id=\"row-0\""), page.indexOf("id=\"row-1\""));
        assertThat(rowZero).contains("id=\"evidence-row-0\"", "合格率的证明.pdf").doesNotContain("考点的证明.pdf");
        assertThat(page).doesNotContain("id=\"evidence-row-2\"");

        // a save that names no rows (the API) keeps each row's identity where it stands
        StoredEvaluation current = evaluations.get(id, person("yn-filler"));
        evaluations.save(id, current.version(), current.form(), null, person("yn-filler"), AuditSource.API);
        mvc.perform(get("/api/evaluations/{id}/attachments", id).with(as("yn-filler")))
                .andExpect(jsonPath("$[?(@.name == '合格率的证明.pdf')].indicator").value(Matchers.contains(0)));
    }

    @Test
    void on_the_form_a_filler_uploads_with_the_page_and_reads_why_a_file_was_refused() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(multipart("/evaluations/{id}/attachments", id).file(new MockMultipartFile("file", "照片.png", "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})).param("indicator", "")
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(flash().attribute("attachmentDone", "照片.png"));
        mvc.perform(multipart("/evaluations/{id}/attachments", id).file(new MockMultipartFile("file", "run.sh", "text/plain",
                        "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))).with(as("yn-filler")).with(csrf()))
                .andExpect(flash().attribute("attachmentError", Matchers.containsString("不接受可执行文件")));
        mvc.perform(get("/evaluations/{id}", id).with(as("yn-reviewer")))
                .andExpect(content().string(Matchers.containsString("照片.png")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"attachment-form\""))));
    }
}
