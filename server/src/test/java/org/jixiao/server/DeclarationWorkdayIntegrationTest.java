package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Declarations and their adjustments have the working day of the self-evaluations: each waits on the 工作台 of whoever
 * takes its next step, and takes evidence files (佐证材料) in the same scope, until finance has approved it.
 */
class DeclarationWorkdayIntegrationTest extends IntegrationTestBase {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private ResultActions postJson(String url, String user, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions upload(String documents, long id, String user, Integer indicator) throws Exception {
        var request = multipart("/api/{documents}/{id}/attachments", documents, id)
                .file(new MockMultipartFile("file", "批复文件.pdf", "application/octet-stream", PDF)).with(as(user));
        if (indicator != null) {
            request.param("indicator", indicator.toString());
        }
        return mvc.perform(request);
    }

    private String workbench(String user) throws Exception {
        return mvc.perform(get("/workbench").with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long historyLines(String kind, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE document_kind = :k AND document_id = :d AND field LIKE '%attachments'")
                .param("k", kind).param("d", id).query(Long.class).single();
    }

    @Test
    void a_declaration_waits_on_each_workbench_in_turn_and_takes_evidence_files_in_its_scope_until_finance_approves()
            throws Exception {
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        long id = DeclarationIntegrationTest.id(postJson("/api/declarations", "yn-filler", DeclarationIntegrationTest.declaration(
                unit, "佐证材料齐全的培训项目", 2026, DeclarationIntegrationTest.INDICATORS_WITHOUT_BENEFIT
                        + DeclarationIntegrationTest.BENEFIT)).andExpect(status().isCreated()));
        assertThat(workbench("yn-filler")).contains("id=\"todo-declarationsToFill\"", "/declarations/" + id + "\"");
        assertThat(workbench("yn-reviewer")).doesNotContain("/declarations/" + id + "\"");

        // evidence on an indicator row: listed for the reviewer of its scope, nowhere for another organisation
        upload("declarations", id, "yn-filler", 1).andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value(1)).andExpect(jsonPath("$.contentType").value("application/pdf"));
        mvc.perform(get("/api/declarations/{id}/attachments", id).with(as("yn-reviewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("批复文件.pdf"));
        mvc.perform(get("/api/declarations/{id}/attachments", id).with(as("mh-filler"))).andExpect(status().isNotFound());
        upload("declarations", id, "mh-filler", null).andExpect(status().isNotFound());
        upload("declarations", id, "yn-reviewer", null).andExpect(status().isConflict());
        assertThat(historyLines("DECLARATION", id)).isEqualTo(1);
        assertThat(mvc.perform(get("/declarations/{id}", id).with(as("yn-filler"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"attachment-list\"", "批复文件.pdf", "id=\"attachment-form\"");

        postJson("/api/declarations/" + id + "/submit", "yn-filler", "{}").andExpect(status().isOk());
        assertThat(workbench("yn-reviewer")).contains("id=\"todo-declarationsToReview\"", "/declarations/" + id + "\"");
        assertThat(workbench("mh-reviewer")).doesNotContain("/declarations/" + id + "\"");
        upload("declarations", id, "yn-filler", null).andExpect(status().isOk()); // still under review: files come
        postJson("/api/declarations/" + id + "/review", "yn-reviewer", "{\"action\": \"DEPT_APPROVE\"}").andExpect(status().isOk());
        assertThat(workbench("yn-finance")).contains("id=\"todo-declarationsToApprove\"", "/declarations/" + id + "\"");
        postJson("/api/declarations/" + id + "/review", "yn-finance", "{\"action\": \"FINANCE_APPROVE\"}").andExpect(status().isOk());
        upload("declarations", id, "yn-filler", null).andExpect(status().isConflict());
        assertThat(workbench("yn-finance")).doesNotContain("id=\"todo-declarationsToApprove\"");

        // its adjustment: on the filler's 工作台 while a draft, with the approval attached to the whole adjustment
        long adjustment = DeclarationIntegrationTest.id(postJson("/api/declarations/" + id + "/adjustments", "yn-filler",
                "{\"explanation\": \"预算调减\", \"changes\": [{\"change\": \"DELETE\", \"indicatorIndex\": 3}]}")
                .andExpect(status().isCreated()));
        assertThat(workbench("yn-filler")).contains("id=\"todo-adjustmentsToFill\"", "/adjustments/" + adjustment + "\"");
        upload("adjustments", adjustment, "yn-filler", null).andExpect(status().isOk()).andExpect(jsonPath("$.indicator").doesNotExist());
        upload("adjustments", adjustment, "yn-filler", 0).andExpect(status().isBadRequest());
        mvc.perform(get("/api/adjustments/{id}/attachments", adjustment).with(as("mh-reviewer"))).andExpect(status().isNotFound());
        assertThat(historyLines("ADJUSTMENT", adjustment)).isEqualTo(1);
        postJson("/api/adjustments/" + adjustment + "/submit", "yn-filler", "{}").andExpect(status().isOk());
        assertThat(workbench("yn-reviewer")).contains("id=\"todo-adjustmentsToReview\"", "/adjustments/" + adjustment + "\"");
        assertThat(mvc.perform(get("/adjustments/{id}", adjustment).with(as("yn-reviewer"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"attachment-list\"", "批复文件.pdf").doesNotContain("id=\"attachment-form\"");
    }
}
