package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whoever may not edit a form reads it as text: its figures, scores and findings, and nothing to post. */
class ReadOnlyFormIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;

    private String page(long id, String username) throws Exception {
        return mvc.perform(get("/evaluations/{id}", id).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_submitted_evaluation_shows_its_figures_read_only_to_its_filler_and_its_reviewer() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        for (String username : List.of("yn-filler", "yn-reviewer")) {
            String html = page(id, username);
            assertThat(html).contains("id=\"locked\"", "id=\"evaluation-sheet\"", YUNNAN_PASS_RATE, "13.95")
                    .contains("id=\"score-value-2\" title=\"15 × 13.95 / 25 = 8.37\">8.37<")
                    .contains("id=\"total-score\" class=\"total\">93.30<")
                    .contains("<ul id=\"findings-row-2\"")
                    .doesNotContain("id=\"evaluation-form\"", "<textarea", "<input type=\"text\"",
                            "name=\"indicators[", "id=\"save\"");
            // the one choice left is the row a new evidence file goes on: files still come while it is under review
            assertThat(html.replaceAll("(?s)<form[^>]*id=\"attachment-form\".*?</form>", "")).doesNotContain("<select");
        }
    }

    @Test
    void a_reviewer_reads_a_draft_as_text_and_its_filler_gets_the_form() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        assertThat(page(id, "yn-reviewer")).contains("id=\"evaluation-sheet\"").doesNotContain("name=\"indicators[");
        assertThat(page(id, "yn-filler")).contains("id=\"evaluation-form\"", "name=\"indicators[2].actual\" value=\"13.95\"")
                .contains("<option value=\"REPORTED\" selected=\"selected\">", "name=\"_csrf\"")
                .doesNotContain("id=\"evaluation-sheet\"", "id=\"form-errors\"");
    }
}
