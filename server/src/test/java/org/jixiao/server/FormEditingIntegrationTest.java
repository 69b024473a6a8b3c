package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** The form as it is typed in: re-scored on the server row by row, rows added, moved and removed before saving. */
class FormEditingIntegrationTest extends IntegrationTestBase {

    private FormParams formOf(long id) {
        return FormParams.of(evaluations.get(id, person("admin")));
    }

    @Test
    void changing_the_pass_rate_to_20_rescores_the_row_the_total_and_the_grade_without_saving() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String html = mvc.perform(formOf(id).put("indicators[2].actual", "20").into(post("/evaluations/{id}/score", id))
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"score-value-2\" title=\"15 × 20 / 25 = 12.00\">12.00<");
        assertThat(html).contains("id=\"total-score\" class=\"total\" hx-swap-oob=\"true\">96.93<");
        assertThat(html).contains("id=\"total-grade\" class=\"grade\" hx-swap-oob=\"true\">优<");
        assertThat(evaluations.get(id, person("admin")).form().indicators().get(2).actual().text()).isEqualTo("13.95");
    }

    @Test
    void a_row_moves_up_is_removed_and_a_new_one_is_added() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String moved = mvc.perform(formOf(id).into(post("/evaluations/{id}/rows", id)).param("rowAction", "up:2")
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(moved.indexOf("计算机技术与软件专业资格考试合格率")).isLessThan(moved.indexOf("计算机技术与软件专业资格考试实考率"));
        mvc.perform(formOf(id).into(post("/evaluations/{id}/rows", id)).param("rowAction", "remove:0")
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("考试考点数量"))));
        mvc.perform(formOf(id).into(post("/evaluations/{id}/rows", id)).param("rowAction", "add")
                        .with(as("yn-filler")).with(csrf()))
                .andExpect(content().string(containsString("name=\"indicators[5].name\"")));
    }

    @Test
    void a_row_marked_not_reported_with_its_reason_carries_no_weight_and_the_save_records_it() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(formOf(id).put("indicators[3].actualStatus", "NOT_REPORTED").put("indicators[3].actualReason", "统计口径调整")
                        .into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var stored = evaluations.get(id, person("admin"));
        assertThat(stored.form().indicators().get(3).actual().isReported()).isFalse();
        assertThat(stored.form().indicators().get(3).actual().reason()).isEqualTo("统计口径调整");
        assertThat(evaluations.score(stored).sheet().indicatorWeightSum()).isEqualByComparingTo("60");
    }

    @Test
    void a_reviewer_can_read_the_form_but_not_change_it() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(formOf(id).into(post("/evaluations/{id}", id)).with(as("yn-reviewer")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(formOf(id).into(post("/evaluations/{id}/rows", id)).param("rowAction", "add")
                        .with(as("yn-reviewer")).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
