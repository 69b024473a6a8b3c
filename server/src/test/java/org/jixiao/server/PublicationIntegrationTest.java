package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 公开: published tables read without signing in, and nothing else. */
class PublicationIntegrationTest extends IntegrationTestBase {
    private static final String OPINION = "复核意见：合格率数据请存档";

    @Autowired
    WorkflowService workflow;

    private long published() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, "同意", null, List.of(), person("yn-reviewer"));
        workflow.act(id, Transition.FINANCE_APPROVE, OPINION, null, List.of(), person("yn-finance"));
        workflow.act(id, Transition.PUBLISH, null, null, List.of(), person("yn-finance"));
        return id;
    }

    private String anonymously(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_public_list_shows_published_tables_only_and_a_draft_s_id_is_not_found() throws Exception {
        long published = published();
        long draft = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        long submitted = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(submitted, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));

        String list = anonymously("/public");
        List<Long> listed = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-id=\"(\\d+)\"").matcher(list);
        while (m.find()) {
            listed.add(Long.parseLong(m.group(1)));
        }
        assertThat(listed).contains(published).doesNotContain(draft, submitted);
        for (long id : listed) {
            assertThat(jdbc.sql("SELECT status FROM evaluation WHERE id = :id").param("id", id).query(String.class).single())
                    .isEqualTo("PUBLISHED");
        }
        mvc.perform(get("/public/" + draft)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + submitted)).andExpect(status().isNotFound());
        mvc.perform(get("/public/999999")).andExpect(status().isNotFound());
    }

    @Test
    void a_published_table_shows_the_official_table_without_names_opinions_or_history() throws Exception {
        long id = published();
        String table = anonymously("/public/" + id);
        assertThat(table).contains(YUNNAN_PASS_RATE).contains("id=\"public-indicators\"")
                .contains("id=\"total-score\">93.30<").contains("id=\"total-grade\">优<")
                .doesNotContain(OPINION).doesNotContain("云南填报人").doesNotContain("云南财政复核人")
                .doesNotContain("name=\"_csrf\"").doesNotContain("id=\"logout\"");
    }

    @Test
    void the_public_list_filters_by_year_region_and_department() throws Exception {
        long id = published();
        assertThat(anonymously("/public?year=2023&region=云南省&department=云南省工业和信息化厅"))
                .contains("data-id=\"" + id + "\"");
        assertThat(anonymously("/public?year=2022")).doesNotContain("data-id=\"" + id + "\"");
        assertThat(anonymously("/public?region=上海市闵行区")).doesNotContain("data-id=\"" + id + "\"");
    }

    @Test
    void only_the_public_pages_open_without_signing_in() throws Exception {
        long id = published();
        for (String closed : List.of("/public/" + id + "/history", "/overview", "/recheck", "/evaluations/" + id,
                "/public/x")) {
            mvc.perform(get(closed)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/api/evaluations/" + id)).andExpect(status().isUnauthorized());
    }
}
