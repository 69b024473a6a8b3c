package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A save after a conflict keeps the other person's values for every field not touched, and marks those both changed. */
class ConflictMergeIntegrationTest extends IntegrationTestBase {

    @Test
    void a_second_save_after_a_conflict_keeps_the_first_persons_change_and_marks_a_field_both_changed() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        FormParams loadedByB = FormParams.of(evaluations.get(id, person("admin")));
        mvc.perform(FormParams.of(evaluations.get(id, person("admin"))).put("indicators[2].actual", "20").put("notes", "A 的说明")
                        .into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String conflict = mvc.perform(loadedByB.put("goalsAchieved", "B 的完成情况").put("notes", "B 的说明")
                        .into(post("/evaluations/{id}", id)).with(as("admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(conflict).contains("id=\"conflict\"")
                .contains("name=\"indicators[2].actual\" value=\"20\"")
                .contains("B 的完成情况").contains("B 的说明")
                .contains("id=\"both-changed\"")
                .contains("data-field=\"notes\" class=\"both-changed\"");
        assertThat(conflict).doesNotContain("data-field=\"indicators[2].actual\" class=\"both-changed\"");

        // B saves the form the conflict gave them: A's 20 stays
        int now = evaluations.get(id, person("admin")).version();
        mvc.perform(loadedByB.put("version", String.valueOf(now)).put("indicators[2].actual", "20")
                        .into(post("/evaluations/{id}", id)).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var saved = evaluations.get(id, person("admin")).form();
        assertThat(saved.indicators().get(2).actual().text()).isEqualTo("20");
        assertThat(saved.goals().achieved()).isEqualTo("B 的完成情况");
        assertThat(saved.notes()).isEqualTo("B 的说明");
    }
}
