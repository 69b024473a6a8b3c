package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.EditConflictException;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Every change of a value and every workflow step is written append-only; two editors never lose a change. */
class AuditIntegrationTest extends IntegrationTestBase {
    @Autowired
    AuditTrail audit;
    @Autowired
    WorkflowService workflow;

    @Test
    void changing_an_actual_records_old_and_new_value_who_and_from_where() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":2,\"actual\":\"20\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[2].score").value(12.0))
                .andExpect(jsonPath("$.score.total").value(96.93))
                .andExpect(jsonPath("$.score.grade").value("优"));
        List<AuditEntry> history = audit.history(id);
        AuditEntry actual = history.stream().filter(h -> h.field().equals("indicators[2].actual")).findFirst().orElseThrow();
        assertThat(actual.oldValue()).isEqualTo("13.95");
        assertThat(actual.newValue()).isEqualTo("20");
        assertThat(actual.actorName()).isEqualTo("云南填报人");
        assertThat(actual.source()).isEqualTo(AuditSource.API);
        assertThat(actual.at()).isNotNull();
        mvc.perform(get("/evaluations/{id}?tab=history", id).with(as("yn-filler")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("指标第 3 行 · 实际完成值")));
    }

    @Test
    void workflow_steps_are_in_the_history_too() {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        assertThat(audit.history(id)).anySatisfy(h -> {
            assertThat(h.source()).isEqualTo(AuditSource.WORKFLOW);
            assertThat(h.newValue()).isEqualTo("SUBMITTED");
        });
    }

    @Test
    void the_database_refuses_to_edit_or_delete_the_audit_trail_and_no_endpoint_offers_it() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET new_value = 'x' WHERE evaluation_id = :id")
                .param("id", id).update()).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE evaluation_id = :id")
                .param("id", id).update()).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM workflow_step WHERE evaluation_id = :id")
                .param("id", id).update()).isInstanceOf(Exception.class);
        mvc.perform(delete("/api/evaluations/{id}/history", id).with(as("admin")).with(csrf()))
                .andExpect(status().is4xxClientError());
        mvc.perform(put("/api/evaluations/{id}/history", id).with(as("admin")).with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(audit.history(id)).isNotEmpty();
    }

    @Test
    void the_second_of_two_concurrent_saves_gets_a_conflict_showing_what_changed() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":2,\"actual\":\"20\"}]}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":1,\"actual\":\"70\"}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changes[*].field").value(org.hamcrest.Matchers.hasItem("indicators[2].actual")));
        var stored = evaluations.get(id, person("yn-filler"));
        assertThat(stored.form().indicators().get(2).actual().text()).isEqualTo("20");
        assertThat(stored.form().indicators().get(1).actual().text()).isEqualTo("64.9");
        assertThatThrownBy(() -> evaluations.save(id, 0, stored.form(), null, person("yn-filler"), AuditSource.SCREEN))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void the_second_save_of_the_form_keeps_what_the_user_typed_and_shows_the_other_change() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"actuals\":[{\"index\":2,\"actual\":\"20\"}]}")).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/evaluations/{id}", id)
                        .with(as("yn-filler")).with(csrf())
                        .param("version", "0").param("project", "我的新名称").param("department", "云南省工业和信息化厅")
                        .param("currencyUnit", "WAN_YUAN"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"conflict\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("我的新名称")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("指标第 3 行 · 实际完成值")));
    }
}
