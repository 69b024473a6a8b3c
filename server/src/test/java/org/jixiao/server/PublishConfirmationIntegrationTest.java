package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.jixiao.server.workflow.WorkflowSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 公开 is confirmed before it goes, and finance can withdraw it, each step recorded. */
class PublishConfirmationIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;
    @Autowired
    WorkflowSteps steps;

    private EvaluationStatus statusOf(long id) {
        return evaluations.get(id, person("admin")).status();
    }

    @Test
    void publishing_asks_for_confirmation_and_finance_can_withdraw_it_recorded_as_a_step() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        workflow.act(id, Transition.FINANCE_APPROVE, null, null, List.of(), person("yn-finance"));

        mvc.perform(post("/evaluations/{id}/workflow", id).param("action", "PUBLISH").with(as("yn-finance")).with(csrf()))
                .andExpect(flash().attribute("confirmPublish", true));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.FINANCE_APPROVED);
        mvc.perform(get("/public/{id}", id)).andExpect(status().isNotFound());

        mvc.perform(post("/evaluations/{id}/workflow", id).param("action", "PUBLISH").param("confirmed", "true")
                        .with(as("yn-finance")).with(csrf()))
                .andExpect(flash().attribute("workflowDone", Transition.PUBLISH));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.PUBLISHED);
        mvc.perform(get("/public/{id}", id)).andExpect(status().isOk());

        mvc.perform(post("/evaluations/{id}/workflow", id).param("action", "WITHDRAW_PUBLICATION")
                        .with(as("yn-finance")).with(csrf()))
                .andExpect(flash().attribute("workflowDone", Transition.WITHDRAW_PUBLICATION));
        assertThat(statusOf(id)).isEqualTo(EvaluationStatus.FINANCE_APPROVED);
        mvc.perform(get("/public/{id}", id)).andExpect(status().isNotFound());
        assertThat(steps.of(id)).extracting(s -> s.action()).endsWith(Transition.PUBLISH, Transition.WITHDRAW_PUBLICATION);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE evaluation_id = :id AND field = 'status' AND new_value = 'FINANCE_APPROVED'")
                .param("id", id).query(Long.class).single()).isEqualTo(2L);
    }
}
