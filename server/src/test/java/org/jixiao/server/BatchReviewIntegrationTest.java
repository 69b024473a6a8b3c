package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.jixiao.server.workflow.WorkflowSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** 批量审核: many tables, one step and one opinion, each table through the rules of one by one, answered row by row. */
class BatchReviewIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;
    @Autowired
    WorkflowSteps steps;

    private EvaluationStatus statusOf(long id) {
        return evaluations.get(id, person("admin")).status();
    }

    private long submitted(String project, String filler) {
        long id = copyOf(project, filler);
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person(filler));
        return id;
    }

    @Test
    void a_reviewer_approves_several_tables_at_once_and_a_table_outside_the_scope_is_refused_in_its_row() throws Exception {
        long a = submitted(YUNNAN_PASS_RATE, "yn-filler");
        long b = submitted(YUNNAN_PASS_RATE, "yn-filler");
        long elsewhere = copyOf(MINHANG_CONSULTING, "mh-filler");
        jdbc.sql("UPDATE evaluation SET status = 'SUBMITTED' WHERE id = :id").param("id", elsewhere).update();
        long draft = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(post("/api/evaluations/review").with(as("yn-reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + a + ", " + elsewhere + ", " + draft + ", " + b + "], \"action\": \"DEPT_APPROVE\","
                                + " \"opinion\": \"同意\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].id").value(a)).andExpect(jsonPath("$[0].ok").value(true))
                .andExpect(jsonPath("$[1].id").value(elsewhere)).andExpect(jsonPath("$[1].ok").value(false))
                .andExpect(jsonPath("$[1].message").value("没有找到该内容，或您无权查看。"))
                .andExpect(jsonPath("$[2].id").value(draft)).andExpect(jsonPath("$[2].ok").value(false))
                .andExpect(jsonPath("$[2].message").value(Matchers.containsString("当前状态下不能执行")))
                .andExpect(jsonPath("$[3].id").value(b)).andExpect(jsonPath("$[3].ok").value(true));
        assertThat(statusOf(a)).isEqualTo(EvaluationStatus.DEPT_APPROVED);
        assertThat(statusOf(b)).isEqualTo(EvaluationStatus.DEPT_APPROVED);
        assertThat(statusOf(elsewhere)).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(statusOf(draft)).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(steps.of(a).get(1).opinion()).isEqualTo("同意");
    }

    @Test
    void a_version_given_that_is_no_longer_current_refuses_that_table_only() throws Exception {
        long a = submitted(YUNNAN_PASS_RATE, "yn-filler");
        long b = submitted(YUNNAN_PASS_RATE, "yn-filler");
        int va = evaluations.get(a, person("admin")).version();
        int vb = evaluations.get(b, person("admin")).version();
        mvc.perform(post("/api/evaluations/review").with(as("yn-reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + a + ", " + b + "], \"action\": \"DEPT_RETURN\", \"opinion\": \"请补充附件\","
                                + " \"versions\": [" + (va - 1) + ", " + vb + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ok").value(false))
                .andExpect(jsonPath("$[0].message").value("此自评表已被他人修改，请刷新后重试。"))
                .andExpect(jsonPath("$[1].ok").value(true));
        assertThat(statusOf(a)).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(statusOf(b)).isEqualTo(EvaluationStatus.RETURNED);
    }

    @Test
    void a_return_without_an_opinion_refuses_every_row_and_a_filler_may_not_review_at_all() throws Exception {
        long a = submitted(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(post("/api/evaluations/review").with(as("yn-reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + a + "], \"action\": \"DEPT_RETURN\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ok").value(false))
                .andExpect(jsonPath("$[0].message").value("退回时必须填写审核意见。"));
        mvc.perform(post("/api/evaluations/review").with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + a + "], \"action\": \"DEPT_APPROVE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ok").value(false))
                .andExpect(jsonPath("$[0].message").value("这一步不由您的角色办理。"));
        assertThat(statusOf(a)).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void nobody_approves_their_own_submission_in_a_batch_either() throws Exception {
        // an administrator is no reviewer; the department's reviewer fills in for the unit here by submitting as filler
        long a = submitted(YUNNAN_PASS_RATE, "yn-filler");
        jdbc.sql("UPDATE evaluation SET submitted_by = (SELECT id FROM app_user WHERE username = 'yn-reviewer') WHERE id = :id")
                .param("id", a).update();
        mvc.perform(post("/api/evaluations/review").with(as("yn-reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [" + a + "], \"action\": \"DEPT_APPROVE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ok").value(false))
                .andExpect(jsonPath("$[0].message").value("不能审核自己送审的自评表。"));
    }

    @Test
    void a_batch_without_ids_or_with_versions_not_one_per_id_is_refused_whole() throws Exception {
        mvc.perform(post("/api/evaluations/review").with(as("yn-reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [], \"action\": \"DEPT_APPROVE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ids"));
        mvc.perform(post("/api/evaluations/review").with(as("yn-reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": [1, 2], \"action\": \"DEPT_APPROVE\", \"versions\": [1]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void on_the_waiting_list_a_reviewer_ticks_rows_and_returns_them_with_one_opinion_and_reads_each_result() throws Exception {
        long a = submitted(YUNNAN_PASS_RATE, "yn-filler");
        long b = submitted(YUNNAN_PASS_RATE, "yn-filler");
        int va = evaluations.get(a, person("admin")).version();
        mvc.perform(get("/evaluations/review").with(as("yn-reviewer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("value=\"" + a + ":" + va + "\"")));
        mvc.perform(post("/evaluations/batch-review").with(as("yn-reviewer")).with(csrf())
                        .param("ids", a + ":" + va, b + ":0").param("action", "DEPT_RETURN").param("opinion", "请补充佐证材料")
                        .param("waiting", "true").param("back", "/evaluations/review?sort=project&dir=asc"))
                .andExpect(redirectedUrl("/evaluations/review?sort=project&dir=asc"))
                .andExpect(flash().attribute("batchDone", 1L))
                .andExpect(flash().attribute("batchRefused", 1L));
        assertThat(statusOf(a)).isEqualTo(EvaluationStatus.RETURNED);
        assertThat(statusOf(b)).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void all_matching_the_filter_takes_every_waiting_table_in_scope_and_the_back_link_stays_on_the_site() throws Exception {
        long a = submitted(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(post("/evaluations/batch-review").with(as("yn-reviewer")).with(csrf())
                        .param("all", "true").param("waiting", "true").param("action", "DEPT_APPROVE")
                        .param("back", "//evil.example/evaluations"))
                .andExpect(redirectedUrl("/evaluations"))
                .andExpect(flash().attribute("batchRefused", 0L));
        assertThat(statusOf(a)).isEqualTo(EvaluationStatus.DEPT_APPROVED);
    }

    @Test
    void the_list_sorts_by_a_column_both_ways() throws Exception {
        String asc = mvc.perform(get("/evaluations?sort=project&dir=asc").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asc).contains("aria-sort=\"ascending\"");
        List<String> ascending = jdbc.sql("SELECT project FROM evaluation WHERE status <> 'VOIDED' ORDER BY project ASC, id DESC LIMIT 20")
                .query(String.class).list();
        List<String> descending = jdbc.sql("SELECT project FROM evaluation WHERE status <> 'VOIDED' ORDER BY project DESC, id DESC LIMIT 20")
                .query(String.class).list();
        assertThat(asc.indexOf(ascending.get(0))).isLessThan(asc.lastIndexOf(ascending.get(ascending.size() - 1)));
        String desc = mvc.perform(get("/evaluations?sort=project&dir=desc").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(desc).contains("aria-sort=\"descending\"");
        assertThat(desc.indexOf(">" + descending.get(0) + "<")).isGreaterThan(0);
        mvc.perform(get("/evaluations?sort=nonsense;drop").with(as("admin"))).andExpect(status().isOk());
    }
}
