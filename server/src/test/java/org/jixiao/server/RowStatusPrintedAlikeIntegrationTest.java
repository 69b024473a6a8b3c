package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.TableFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

/**
 * A row not reported prints alike wherever the table is shown: on the read-only form, on 公开 and in 公开's PDF it is
 * the grid the exports print — 无, "—" for 分值 and 得分, and its reason — and the PDF reads back with it not reported.
 */
class RowStatusPrintedAlikeIntegrationTest extends IntegrationTestBase {
    private static final String REASON = "年中调整，不再考核";
    @TempDir
    Path temp;

    private long publishedWithRowNotReported() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":1,\"status\":\"NOT_REPORTED\",\"reason\":\"" + REASON + "\"}]}"))
                .andExpect(status().isOk());
        // The row left out leaves the table with an error finding that blocks 送审 (its weights no longer add up): it is put
        // in 已公开 directly, as a published table imported from elsewhere stands there.
        jdbc.sql("UPDATE evaluation SET status = 'PUBLISHED' WHERE id = :id").param("id", id).update();
        return id;
    }

    private String html(String path, Object id, String username) throws Exception {
        var request = get(path, id);
        if (username != null) {
            request = request.with(as(username));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The cells of the grid's row that prints indicator {@code k}, as text. */
    private static List<String> rowCells(String html, String name) {
        Matcher row = Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*" + Pattern.quote(name) + "(?:(?!</tr>).)*)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("a row naming " + name).isTrue();
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
        List<String> cells = new java.util.ArrayList<>();
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return cells;
    }

    private String secondIndicator(long id) {
        return evaluations.get(id, person("yn-finance")).form().indicators().get(1).name();
    }

    @Test
    void a_row_not_reported_prints_no_weight_and_no_score_but_its_reason_on_the_read_only_form_as_in_the_exports()
            throws Exception {
        long id = publishedWithRowNotReported();
        List<String> cells = rowCells(html("/evaluations/{id}", id, "yn-reviewer"), secondIndicator(id));
        assertThat(cells).containsSubsequence("无", "—", "—", REASON).doesNotContain("10.00");
    }

    @Test
    void a_row_not_reported_prints_alike_on_the_public_page_and_its_pdf_reads_back_not_reported() throws Exception {
        long id = publishedWithRowNotReported();
        String name = secondIndicator(id);
        assertThat(rowCells(html("/public/{id}", id, null), name)).containsSubsequence("无", "—", "—", REASON)
                .doesNotContain("10.00");

        byte[] pdf = mvc.perform(get("/public/{id}/pdf", id)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        Path file = temp.resolve("public.pdf");
        Files.write(file, pdf);
        ReadResult back = new TableFiles().read(file);
        List<Indicator> read = back.tables().get(0).evaluation().indicators();
        assertThat(read.get(1).actual().status()).isEqualTo(ActualStatus.NOT_REPORTED);
        assertThat(read.get(1).actual().reason()).contains(REASON);
        assertThat(read.get(1).weight()).isNull();
    }

    @Test
    void the_public_list_finds_a_table_by_words_of_its_project_name_and_takes_wildcards_literally() throws Exception {
        long id = publishedWithRowNotReported();
        assertThat(html("/public?project={q}", "软件专业资格", null)).contains("data-id=\"" + id + "\"");
        assertThat(html("/public?project={q}", "%", null)).doesNotContain("data-id=\"" + id + "\"");
        assertThat(html("/public?project={q}", "闵行", null)).doesNotContain("data-id=\"" + id + "\"");
    }

    @Test
    void a_draft_has_no_public_pdf() throws Exception {
        long draft = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(get("/public/{id}/pdf", draft)).andExpect(status().isNotFound());
    }
}
