package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.jixiao.server.workflow.WorkflowSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 复核 and 概览 count what was submitted; drafts made by mistake can be voided; a pasted table updates its twin. */
class StatisticsIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;
    @Autowired
    WorkflowSteps steps;

    private String json(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<Integer> listed(String user, MockHttpServletRequestBuilder request) throws Exception {
        return JsonPath.read(json(user, request), "$.tables.items[*].id");
    }

    @Test
    void recheck_and_overview_count_submitted_tables_unless_drafts_are_asked_for() throws Exception {
        long draft = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        long submitted = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(submitted, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        List<Integer> counted = listed("yn-finance", get("/api/recheck").param("size", "200"));
        assertThat(counted).contains((int) submitted).doesNotContain((int) draft);
        assertThat(listed("yn-finance", get("/api/recheck").param("size", "200").param("drafts", "true")))
                .contains((int) submitted, (int) draft);
        String overview = mvc.perform(get("/overview").with(as("yn-finance"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(overview).contains("id=\"with-drafts\"");
    }

    @Test
    void a_voided_draft_leaves_lists_and_figures_stays_in_its_history_and_an_administrator_restores_it() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.VOID, null, null, List.of(), person("yn-filler"));
        assertThat(evaluations.get(id, person("admin")).status()).isEqualTo(EvaluationStatus.VOIDED);
        List<Integer> listed = JsonPath.read(json("yn-filler", get("/api/evaluations").param("size", "100")), "$.items[*].id");
        assertThat(listed).doesNotContain((int) id);
        assertThat(listed("yn-finance", get("/api/recheck").param("size", "200").param("drafts", "true"))).doesNotContain((int) id);
        assertThat(steps.of(id)).extracting(s -> s.action()).containsExactly(Transition.VOID);

        workflow.act(id, Transition.RESTORE, null, null, List.of(), person("admin"));
        assertThat(evaluations.get(id, person("admin")).status()).isEqualTo(EvaluationStatus.DRAFT);
        listed = JsonPath.read(json("yn-filler", get("/api/evaluations").param("size", "100")), "$.items[*].id");
        assertThat(listed).contains((int) id);
    }

    @Test
    void pasting_a_table_that_already_exists_updates_it_instead_of_making_a_second() throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/demo/000_04ee162c2bec9128.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        mvc.perform(post("/evaluations/import").param("organisationId", String.valueOf(unit)).param("year", "2031").param("text", text)
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long before = count(unit);
        mvc.perform(post("/evaluations/import").param("organisationId", String.valueOf(unit)).param("year", "2031").param("text", text)
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count(unit)).isEqualTo(before);
    }

    private long count(long unit) {
        return jdbc.sql("SELECT COUNT(*) FROM evaluation WHERE organisation_id = :o AND budget_year = 2031")
                .param("o", unit).query(Long.class).single();
    }
}
