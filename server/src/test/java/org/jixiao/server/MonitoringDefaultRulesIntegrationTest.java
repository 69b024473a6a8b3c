package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A region's default light rules (lifecycle §4: regions use other thresholds and cut-offs): finance sets it on an
 * organisation, a round that names no rules takes the default of the organisation it is opened for and records it.
 */
class MonitoringDefaultRulesIntegrationTest extends MonitoringTestBase {

    long round(long organisationId, long declaration) throws Exception {
        return number(postJson("/api/monitoring-rounds", "yn-finance", """
                {"year": 2026, "month": 7, "deadline": "%s", "kind": "FINANCE", "organisationId": %d,
                 "declarationIds": [%d]}""".formatted(LocalDate.now().plusDays(20), organisationId, declaration))
                .andExpect(status().isCreated()), "$.reports[0].id");
    }

    @Test
    void two_regions_with_different_default_rules_give_different_lights_for_the_same_figures() throws Exception {
        long declaration = approvedDeclaration("默认亮灯规则测试项目", 2026);
        long province = ynFinance();
        long department = jdbc.sql("SELECT parent_id FROM organisation WHERE id = :id").param("id", ynUnit())
                .query(Long.class).single();
        String rulesOf = "/api/organisations/" + department + "/monitoring-rules";

        // only finance (or an administrator) sets it, within its scope; a rule set jixiao does not carry is refused
        putJson(rulesOf, "yn-filler", "{\"rules\": \"cutoffs-7-9\"}").andExpect(status().isForbidden());
        putJson("/api/organisations/" + person("mh-filler").organisationId() + "/monitoring-rules", "yn-finance",
                "{\"rules\": \"cutoffs-7-9\"}").andExpect(status().isNotFound());
        putJson(rulesOf, "yn-finance", "{\"rules\": \"no-such-rules\"}").andExpect(status().isBadRequest());

        putJson(rulesOf, "yn-finance", "{\"rules\": \"cutoffs-7-9\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.rules").value("cutoffs-7-9"))
                .andExpect(jsonPath("$.own").value("cutoffs-7-9"))
                .andExpect(jsonPath("$.version").value(1));
        // the unit under the department inherits it; the province above keeps the national rules
        mvc.perform(get("/api/organisations/" + ynUnit() + "/monitoring-rules").with(as("yn-filler")))
                .andExpect(jsonPath("$.rules").value("cutoffs-7-9"))
                .andExpect(jsonPath("$.own").doesNotExist())
                .andExpect(jsonPath("$.inheritedFrom").value(department));
        mvc.perform(get("/api/organisations/" + province + "/monitoring-rules").with(as("yn-finance")))
                .andExpect(jsonPath("$.rules").value("national"));
        List<Map<String, Object>> audit = jdbc.sql("""
                SELECT actor_name, source, field, old_value, new_value FROM audit_entry
                WHERE document_kind = 'MONITORING_RULES' AND document_id = :d""").param("d", department).query().listOfRows();
        assertThat(audit).singleElement().satisfies(row -> {
            assertThat(row.values()).contains("API", "monitoring.defaultRules", "cutoffs-7-9");
            assertThat(row.values()).contains(person("yn-finance").displayName());
        });

        // the same declaration in a round of each region, the same figures: 45 of 120 spent by the end of July
        long national = round(province, declaration);
        long cutoffs = round(department, declaration);
        String figures = report(0, "").replace("\"executedToDate\": 70", "\"executedToDate\": 45");
        putJson("/api/monitoring-reports/" + national, "yn-filler", figures).andExpect(status().isOk())
                .andExpect(jsonPath("$.rules").value("national"))
                .andExpect(jsonPath("$.budget.light").value("YELLOW"))
                .andExpect(jsonPath("$.budget.explanation").value(containsString("64.3 %")));
        putJson("/api/monitoring-reports/" + cutoffs, "yn-filler", figures).andExpect(status().isOk())
                .andExpect(jsonPath("$.rules").value("cutoffs-7-9"))
                .andExpect(jsonPath("$.budget.light").value("RED"));

        // a round naming its rules still takes those
        long named = number(postJson("/api/monitoring-rounds", "yn-finance", """
                {"year": 2026, "month": 7, "deadline": "%s", "kind": "SELF", "organisationId": %d,
                 "declarationIds": [%d], "rules": "national"}""".formatted(LocalDate.now().plusDays(20), department,
                declaration)).andExpect(status().isCreated()), "$.reports[0].id");
        mvc.perform(get("/api/monitoring-reports/" + named).with(as("yn-filler")))
                .andExpect(jsonPath("$.rules").value("national"));

        // from the monitoring page: the setting shown, and cleared — the department inherits the national rules again
        mvc.perform(get("/monitoring").param("org", String.valueOf(department)).with(as("yn-finance"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("id=\"default-rules-form\"")))
                .andExpect(content().string(containsString("本单位默认：固定节点")));
        mvc.perform(post("/monitoring/default-rules").param("organisationId", String.valueOf(department)).param("rules", "")
                        .with(as("yn-finance")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(rulesOf).with(as("yn-finance")))
                .andExpect(jsonPath("$.rules").value("national"))
                .andExpect(jsonPath("$.own").doesNotExist())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/monitoring").param("org", String.valueOf(department)).with(as("yn-filler")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"default-rules-form\""))));
    }

    @Test
    void a_default_whose_rules_an_upgrade_dropped_refuses_the_round_on_its_rules_naming_where_it_is_set() throws Exception {
        long declaration = approvedDeclaration("默认规则已停用测试项目", 2026);
        long department = jdbc.sql("SELECT parent_id FROM organisation WHERE id = :id").param("id", ynUnit())
                .query(Long.class).single();
        String departmentName = jdbc.sql("SELECT name FROM organisation WHERE id = :id").param("id", department)
                .query(String.class).single();
        // set by an earlier version, which carried a rule set this one does not
        jdbc.sql("""
                INSERT INTO monitoring_rules_default (organisation_id, rules_id, version, updated_by, updated_at)
                VALUES (:o, 'dropped-2019', 1, :u, CURRENT_TIMESTAMP)""")
                .param("o", department).param("u", person("yn-finance").id()).update();
        try {
            postJson("/api/monitoring-rounds", "yn-finance", """
                    {"year": 2026, "month": 7, "deadline": "%s", "kind": "FINANCE", "organisationId": %d,
                     "declarationIds": [%d]}""".formatted(LocalDate.now().plusDays(20), ynUnit(), declaration))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("rules"))
                    .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.allOf(
                            containsString("dropped-2019"), containsString(departmentName), containsString("national"))));
        } finally {
            jdbc.sql("DELETE FROM monitoring_rules_default WHERE organisation_id = :o").param("o", department).update();
        }
    }
}
