package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.core.checks.Severity;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** 送审 goes through only once no error stands; warnings are named before the web form submits. */
class SubmissionIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;

    private EvaluationStatus statusOf(long id) {
        return evaluations.get(id, person("admin")).status();
    }

    private void putActual(long id, int index, String actual) throws Exception {
        int version = evaluations.get(id, person("admin")).version();
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"actuals\":[{\"index\":" + index + ",\"actual\":\"" + actual + "\"}]}"))
                .andExpect(status().isOk());
    }

    @Test
    void a_table_with_an_error_finding_is_refused_by_the_api_with_the_findings() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        putActual(id, 2, "");
        mvc.perform(post("/api/evaluations/{id}/submit", id).with(as("yn-filler")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[*].code").value(hasItem("ACTUAL_BLANK")))
                .andExpect(jsonPath("$.findings[*].severity").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("ERROR"))));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.DRAFT);
    }

    @Test
    void the_web_form_refuses_to_submit_a_table_with_errors_and_lists_them() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        putActual(id, 2, "");
        var submitted = mvc.perform(post("/evaluations/{id}/workflow", id).param("action", "SUBMIT").param("confirmed", "true")
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("submitErrors"))
                .andReturn();
        var flashed = submitted.getFlashMap();
        assertThat((List<?>) flashed.get("submitErrors")).anySatisfy(m -> assertThat(m.toString()).contains("尚未填写实际完成值"));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.DRAFT);
        // the flash attributes come back through the session (in the database), as the browser's redirect finds them
        String page = mvc.perform(get(submitted.getResponse().getRedirectedUrl()).cookie(submitted.getResponse().getCookie("SESSION")).with(as("yn-filler")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"submit-errors\"").contains("尚有 1 条错误，不能送审");
    }

    @Test
    void warnings_are_named_in_a_confirmation_before_the_web_form_submits() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        putActual(id, 2, ">=25%");
        assertThat(evaluations.score(evaluations.get(id, person("admin"))).findings())
                .noneMatch(f -> f.severity() == Severity.ERROR).anyMatch(f -> f.severity() == Severity.WARNING);
        var submitted = mvc.perform(post("/evaluations/{id}/workflow", id).param("action", "SUBMIT").with(as("yn-filler")).with(csrf()))
                .andExpect(flash().attributeExists("submitWarnings"))
                .andReturn();
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.DRAFT);
        String page = mvc.perform(get(submitted.getResponse().getRedirectedUrl()).cookie(submitted.getResponse().getCookie("SESSION")).with(as("yn-filler")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"confirm-submit\"").contains("&gt;=25%");
        mvc.perform(post("/evaluations/{id}/workflow", id).param("action", "SUBMIT").param("confirmed", "true")
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(flash().attribute("workflowDone", Transition.SUBMIT));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void through_the_api_a_submission_with_only_warnings_goes_through_and_its_answer_lists_them() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        putActual(id, 2, ">=25%");
        mvc.perform(post("/api/evaluations/{id}/submit", id).with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.findings[?(@.code == 'ACTUAL_RESTATES_TARGET')].severity").value(hasItem("WARNING")));
    }

    @Test
    void submit_stands_next_to_save_and_a_returned_table_opens_with_the_reviewers_opinion() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String draft = mvc.perform(get("/evaluations/{id}", id).with(as("yn-filler")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(draft).contains("id=\"save\"").contains("form=\"submit-form\"").doesNotContain("id=\"returned-opinion\"");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_RETURN, "请补充合格率的统计口径", null, List.of(), person("yn-reviewer"));
        String returned = mvc.perform(get("/evaluations/{id}", id).with(as("yn-filler")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(returned.indexOf("id=\"returned-opinion\"")).isPositive().isLessThan(returned.indexOf("id=\"evaluation-form\""));
        assertThat(returned).contains("请补充合格率的统计口径");
    }

    @Test
    void yn_fillers_two_demo_tables_of_2023_stand_as_drafts_without_error_findings() {
        List<Long> ids = jdbc.sql("SELECT e.id FROM evaluation e JOIN organisation o ON o.id = e.organisation_id "
                        + "WHERE o.name = '云南省信息技术发展中心' AND e.budget_year = 2023 AND e.source LIKE '%#%' ORDER BY e.id")
                .query(Long.class).list();
        assertThat(ids).hasSize(2);
        for (long id : ids) {
            var e = evaluations.get(id, person("yn-filler"));
            assertThat(e.status()).isEqualTo(EvaluationStatus.DRAFT);
            assertThat(evaluations.score(e).findings()).as(e.form().header().project()).noneMatch(f -> f.severity() == Severity.ERROR);
        }
        assertThat(ids.stream().map(id -> evaluations.score(evaluations.get(id, person("admin"))).sheet().total().toPlainString()))
                .containsExactlyInAnyOrder("93.30", "99.28");
    }
}
