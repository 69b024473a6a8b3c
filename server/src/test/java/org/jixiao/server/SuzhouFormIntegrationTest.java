package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.junit.jupiter.api.Test;

/** sz-filler's form holds every field the Suzhou layout prints, and each can be changed and saved. */
class SuzhouFormIntegrationTest extends IntegrationTestBase {

    private long suzhouDraft() {
        long demo = jdbc.sql("SELECT e.id FROM evaluation e JOIN organisation o ON o.id = e.organisation_id "
                + "WHERE o.name = '苏州市信息中心' AND e.layout = 'suzhou' AND e.source LIKE '%#%' ORDER BY e.id")
                .query(Long.class).list().get(0);
        StoredEvaluation source = evaluations.get(demo, person("admin"));
        return evaluations.create(source.form(), source.schemeId(), source.organisationId(), person("sz-filler"),
                org.jixiao.server.audit.AuditSource.SCREEN, "test");
    }

    @Test
    void the_suzhou_form_shows_the_budget_use_and_sub_items_and_saves_them() throws Exception {
        long id = suzhouDraft();
        StoredEvaluation before = evaluations.get(id, person("sz-filler"));
        assertThat(before.form().funding().use()).isNotNull();
        String page = mvc.perform(get("/evaluations/{id}", id).with(as("sz-filler")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String field : new String[] {"budgetUse.initial", "budgetUse.adjustment", "budgetUse.allocated",
                "budgetUse.unallocatedBalance", "budgetUse.unallocatedRecovered", "budgetUse.paid", "budgetUse.carryOverTotal",
                "budgetUse.carriedForward", "budgetUse.recovered"}) {
            assertThat(page).contains("name=\"" + field + "\"");
        }
        assertThat(page).contains("name=\"budgetUse.allocated\" value=\"" + before.form().funding().use().allocated() + "\"");
        if (!before.form().funding().subItems().isEmpty()) {
            assertThat(page).contains("name=\"subItems[0].budget\"");
        }
        mvc.perform(FormParams.of(before).put("budgetUse.paid", "123.45").into(post("/evaluations/{id}", id))
                        .with(as("sz-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        StoredEvaluation after = evaluations.get(id, person("sz-filler"));
        assertThat(after.form().funding().use().paid()).isEqualByComparingTo("123.45");
        assertThat(after.form().funding().use().allocated()).isEqualByComparingTo(before.form().funding().use().allocated());
        assertThat(after.form().funding().subItems()).hasSameSizeAs(before.form().funding().subItems());
    }
}
