package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.server.evaluation.EvaluationScoring;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A filler fills a form, not a scheme: no scheme id, version or command line on their page; reviewers read its name. */
class SchemeInWordsIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationScoring scoring;

    private String page(long id, String tab, String username) throws Exception {
        return mvc.perform(get("/evaluations/{id}", id).param("tab", tab).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_filler_sees_no_scheme_id_version_or_command_and_the_reviewer_sees_the_scheme_by_its_name() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        Scheme scheme = scoring.scheme(evaluations.get(id, person("admin")).schemeId());
        String draft = page(id, "form", "yn-filler");
        assertThat(draft).contains("id=\"evaluation-form\"");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        for (String html : List.of(draft, page(id, "form", "yn-filler"), page(id, "review", "yn-filler"))) {
            assertThat(html).doesNotContain(scheme.id(), "schemeId", "--scheme", "jixiao score", "jixiao rescore",
                    "id=\"scheme-name\"", scheme.displayName("zh"), "版本");
        }
        assertThat(page(id, "review", "yn-filler")).contains("id=\"frozen\"", "送审时冻结的评分");
        String review = page(id, "review", "yn-reviewer");
        assertThat(review).contains("id=\"scheme-name\"", "按“" + scheme.displayName("zh") + "”")
                .doesNotContain(scheme.id(), "--scheme");
    }
}
