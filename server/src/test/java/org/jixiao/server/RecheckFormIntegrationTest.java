package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The finance re-check form shows the total it gives as it is typed, and a refused entry loses none of the others. */
class RecheckFormIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;

    private long approvedByTheDepartment() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        return id;
    }

    @Test
    void the_recheck_form_shows_the_running_rechecked_total_as_entries_are_typed() throws Exception {
        long id = approvedByTheDepartment();
        BigDecimal self = evaluations.score(evaluations.get(id, person("admin"))).sheet().total();
        BigDecimal passRate = evaluations.score(evaluations.get(id, person("admin"))).sheet().indicators().get(2).score();
        String html = mvc.perform(post("/evaluations/{id}/recheck-total", id).param("rechecks[2].score", "0")
                        .with(as("yn-finance")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"recheck-total\"").contains("hx-swap-oob=\"true\"")
                .contains(">" + self.subtract(passRate).setScale(2) + "<");
    }

    @Test
    void a_refused_recheck_entry_keeps_every_other_entry_and_marks_the_refused_field() throws Exception {
        long id = approvedByTheDepartment();
        String html = mvc.perform(post("/evaluations/{id}/workflow", id).param("action", "FINANCE_APPROVE")
                        .param("rechecks[0].deduction", "2").param("rechecks[1].note", "抽查记录不全")
                        .param("rechecks[2].score", "七分").param("budgetRecheck.deduction", "1")
                        .with(as("yn-finance")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("name=\"rechecks[0].deduction\" value=\"2\"")
                .contains("name=\"rechecks[1].note\" value=\"抽查记录不全\"")
                .contains("name=\"rechecks[2].score\" value=\"七分\"")
                .contains("name=\"budgetRecheck.deduction\" value=\"1\"")
                .contains("class=\"num short refused\"")
                .contains("id=\"recheck-total\"");
        assertThat(evaluations.get(id, person("admin")).status()).isEqualTo(EvaluationStatus.DEPT_APPROVED);
        assertThat(evaluations.get(id, person("admin")).rechecks()).allMatch(r -> r.isEmpty());
    }
}
