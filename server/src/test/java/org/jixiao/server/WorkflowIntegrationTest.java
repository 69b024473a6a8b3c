package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.LockedEvaluationException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.Recheck;
import org.jixiao.server.workflow.FrozenSheets;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.jixiao.server.workflow.WorkflowSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** 草稿 → 送审 → 主管部门审核 → 财政复核 → 已公开, with 退回, 取消送审 and 取消审核. */
class WorkflowIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;
    @Autowired
    WorkflowSteps steps;
    @Autowired
    FrozenSheets frozen;

    private EvaluationStatus statusOf(long id) {
        return evaluations.get(id, person("admin")).status();
    }

    @Test
    void a_submission_freezes_the_score_sheet_with_its_scheme_and_locks_the_form() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.SUBMITTED);
        var sheet = frozen.of(id).orElseThrow();
        assertThat(sheet.schemeId()).isEqualTo("national-2020");
        assertThat(sheet.schemeVersion()).isEqualTo("2020.1");
        assertThat(sheet.total()).isEqualByComparingTo("93.30");
        assertThat(sheet.rows().get(2).score()).isEqualByComparingTo("8.37");
        var stored = evaluations.get(id, person("yn-filler"));
        assertThatThrownBy(() -> evaluations.save(id, stored.version(), stored.form(), null, person("yn-filler"), AuditSource.SCREEN))
                .isInstanceOf(LockedEvaluationException.class);
    }

    @Test
    void a_submission_can_be_cancelled_while_nobody_has_acted_but_not_after() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.CANCEL_SUBMISSION, null, null, List.of(), person("yn-filler"));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.DRAFT);
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        assertThatThrownBy(() -> workflow.act(id, Transition.CANCEL_SUBMISSION, null, null, List.of(), person("yn-filler")))
                .isInstanceOf(WorkflowException.class);
    }

    @Test
    void a_return_needs_an_opinion_and_the_filler_sees_it() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        assertThatThrownBy(() -> workflow.act(id, Transition.DEPT_RETURN, "  ", null, List.of(), person("yn-reviewer")))
                .isInstanceOf(WorkflowException.class);
        workflow.act(id, Transition.DEPT_RETURN, "合格率偏差原因请补充", null, List.of(), person("yn-reviewer"));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.RETURNED);
        mvc.perform(get("/evaluations/{id}?tab=review", id).with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("合格率偏差原因请补充")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("云南工信厅审核人")));
        var stored = evaluations.get(id, person("yn-filler"));
        evaluations.save(id, stored.version(), stored.form(), null, person("yn-filler"), AuditSource.SCREEN);
    }

    @Test
    void the_whole_path_to_publication_stamps_every_step() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, "同意", null, List.of(), person("yn-reviewer"));
        workflow.act(id, Transition.DEPT_CANCEL_APPROVAL, null, null, List.of(), person("yn-reviewer"));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.SUBMITTED);
        workflow.act(id, Transition.DEPT_APPROVE, "同意", null, List.of(), person("yn-reviewer"));
        List<Recheck> rechecks = List.of(Recheck.NONE, Recheck.NONE,
                new Recheck(new BigDecimal("7.00"), new BigDecimal("1.37"), "偏差原因不充分"));
        workflow.act(id, Transition.FINANCE_APPROVE, "复核通过", null, rechecks, person("yn-finance"));
        assertThat(evaluations.get(id, person("yn-finance")).rechecks().get(2).score()).isEqualByComparingTo("7");
        workflow.act(id, Transition.FINANCE_CANCEL_APPROVAL, null, null, List.of(), person("yn-finance"));
        workflow.act(id, Transition.FINANCE_APPROVE, "复核通过", null, rechecks, person("yn-finance"));
        workflow.act(id, Transition.PUBLISH, null, null, List.of(), person("yn-finance"));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.PUBLISHED);
        var taken = steps.of(id);
        assertThat(taken).extracting(s -> s.action()).containsExactly(Transition.SUBMIT, Transition.DEPT_APPROVE,
                Transition.DEPT_CANCEL_APPROVAL, Transition.DEPT_APPROVE, Transition.FINANCE_APPROVE,
                Transition.FINANCE_CANCEL_APPROVAL, Transition.FINANCE_APPROVE, Transition.PUBLISH);
        assertThat(taken.get(1).actorName()).isEqualTo("云南工信厅审核人");
        assertThat(taken.get(1).opinion()).isEqualTo("同意");
        assertThat(taken.get(1).actedAt()).isNotNull();
    }

    @Test
    void a_step_belongs_to_its_role_and_the_finance_bureau_cannot_skip_the_department() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        assertThatThrownBy(() -> workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-reviewer")))
                .isInstanceOf(ForbiddenException.class);
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        assertThatThrownBy(() -> workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-filler")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> workflow.act(id, Transition.FINANCE_APPROVE, null, null, List.of(), person("yn-finance")))
                .isInstanceOf(WorkflowException.class);
    }

    @Test
    void the_submitter_can_never_approve_their_own_submission() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        long reviewerId = person("yn-reviewer").id();
        jdbc.sql("UPDATE evaluation SET submitted_by = :r WHERE id = :id").param("r", reviewerId).param("id", id).update();
        assertThatThrownBy(() -> workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_reviewer_finds_what_waits_for_them_and_acts_through_the_api() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(post("/api/evaluations/{id}/submit", id).with(as("yn-filler"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(get("/evaluations/review").with(as("yn-reviewer")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/evaluations/" + id + "\"")));
        mvc.perform(post("/api/evaluations/{id}/review", id).with(as("yn-reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"DEPT_RETURN\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/evaluations/{id}/review", id).with(as("yn-reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"DEPT_APPROVE\",\"opinion\":\"ok\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DEPT_APPROVED"));
        mvc.perform(post("/evaluations/{id}/workflow", id).with(as("yn-finance")).with(csrf())
                        .param("action", "FINANCE_RETURN").param("opinion", "请补充佐证材料"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.RETURNED);
    }
}
