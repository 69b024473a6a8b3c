package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The re-check findings stand next to the row they concern, and move with the form as it is typed. */
class FormFindingsIntegrationTest extends IntegrationTestBase {

    /** The findings list with this id, as rendered (empty when there is none). */
    private static String list(String html, String id) {
        Matcher m = Pattern.compile("<ul id=\"" + id + "\"[^>]*>(.*?)</ul>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }

    private String rescored(long id, FormParams form) throws Exception {
        return mvc.perform(form.into(post("/evaluations/{id}/score", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_actual_that_restates_its_target_is_flagged_on_its_own_row_as_it_is_typed() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String page = mvc.perform(get("/evaluations/{id}", id).with(as("yn-filler")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list(page, "findings-row-2")).doesNotContain("ACTUAL_RESTATES_TARGET");

        FormParams form = FormParams.of(evaluations.get(id, person("admin")));
        String html = rescored(id, form.put("indicators[2].actual", ">=25%"));

        assertThat(html).contains("<ul id=\"findings-row-2\" class=\"findings placed\" hx-swap-oob=\"true\">");
        assertThat(list(html, "findings-row-2")).contains("data-code=\"ACTUAL_RESTATES_TARGET\"")
                .contains("class=\"WARNING\"").contains("&gt;=25%");
        assertThat(list(html, "findings-row-1")).doesNotContain("ACTUAL_RESTATES_TARGET");
        assertThat(list(html, "table-findings")).doesNotContain("ACTUAL_RESTATES_TARGET");
    }

    @Test
    void spending_above_the_budget_is_flagged_on_the_funding_row_and_typed_text_is_escaped() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        FormParams form = FormParams.of(evaluations.get(id, person("admin")));
        String html = rescored(id, form.put("fundingRows[0].executed", "99999")
                .put("indicators[2].name", "<script>alert(1)</script>").put("indicators[2].actual", ">=25%"));

        assertThat(list(html, "findings-funding-0")).contains("data-code=\"EXECUTION_ABOVE_BUDGET\"");
        assertThat(list(html, "findings-row-2")).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    }

    @Test
    void findings_on_the_table_as_a_whole_stand_at_the_top_in_the_chosen_language() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        FormParams form = FormParams.of(evaluations.get(id, person("admin")));
        String html = mvc.perform(form.put("indicators[0].weight", "40").into(post("/evaluations/{id}/score", id))
                        .param("lang", "en").with(as("yn-filler")).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String top = list(html, "table-findings");
        assertThat(top).contains("data-code=\"WEIGHTS_NOT_SUMMING\"").contains("class=\"ERROR\"").contains(">Error<");
    }
}
