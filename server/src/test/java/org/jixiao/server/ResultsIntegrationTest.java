package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 结果应用 (lifecycle §5): a year's final grade — finance's re-check first — gives each project its action and cut, and a
 * project whose last year ended 差 cannot be declared again; a project with no record of last year can.
 */
class ResultsIntegrationTest extends IntegrationTestBase {

    ResultActions postJson(String url, String user, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long ynUnit() {
        return organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
    }

    /** A reviewed 2023 self-evaluation of the project in the Yunnan unit, every row re-checked to 0 by finance. */
    long evaluationRecheckedToPoor(String project) throws Exception {
        StoredEvaluation demo = evaluations.get(demoEvaluation(YUNNAN_PASS_RATE), person("admin"));
        SelfEvaluation form = demo.form();
        Header h = form.header();
        SelfEvaluation renamed = new SelfEvaluation(new Header(project, h.department(), h.unit(), 2023, h.currencyUnit(),
                h.preparedBy(), h.disclosureNo(), h.kind()), form.funding(), form.goals(), form.indicators(),
                form.reportedIndicatorWeightSum(), form.reportedIndicatorScoreSum(), form.reportedMaxTotal(),
                form.reportedTotal(), form.reportedGrade(), form.notes(), form.layout(), form.line());
        long id = evaluations.create(renamed, demo.schemeId(), demo.organisationId(), person("yn-filler"),
                AuditSource.SCREEN, "test");
        postJson("/api/evaluations/" + id + "/submit", "yn-filler", "{}").andExpect(status().isOk());
        postJson("/api/evaluations/" + id + "/review", "yn-reviewer", "{\"action\": \"DEPT_APPROVE\"}")
                .andExpect(status().isOk());
        String read = mvc.perform(get("/api/evaluations/" + id).with(as("yn-finance"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int rows = JsonPath.read(read, "$.indicators.length()");
        String zero = String.join(",", java.util.Collections.nCopies(rows, "{\"score\": 0, \"note\": \"未达标\"}"));
        Object weight = JsonPath.read(read, "$.funding.weight");
        postJson("/api/evaluations/" + id + "/review", "yn-finance", """
                {"action": "FINANCE_APPROVE", "opinion": "复核", "rechecks": [%s],
                 "budgetRecheck": {"deduction": %s, "note": "执行率不实"}}""".formatted(zero, weight))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.final.source").value("RECHECK"))
                .andExpect(jsonPath("$.final.grade").value("差"));
        return id;
    }

    @Test
    void a_2023_evaluation_rechecked_to_poor_suspends_the_funding_and_blocks_the_2024_declaration_with_the_reason()
            throws Exception {
        String project = "结果应用测试项目";
        long evaluation = evaluationRecheckedToPoor(project);

        // the results of 2023: the final grade is the re-check's, the action 取消或暂停, the whole budget the cut
        String results = mvc.perform(get("/api/results").param("org", String.valueOf(ynUnit())).param("year", "2023")
                        .with(as("yn-finance")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value("YUAN"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, Object>> row = JsonPath.read(results, "$.projects[?(@.evaluationId == " + evaluation + ")]");
        assertThat(row).hasSize(1);
        assertThat(row.get(0)).containsEntry("project", project).containsEntry("grade", "差")
                .containsEntry("source", "RECHECK").containsEntry("action", "SUSPEND");
        assertThat(new BigDecimal(row.get(0).get("cut").toString()))
                .isEqualByComparingTo(new BigDecimal(row.get(0).get("budget").toString()));
        assertThat(new BigDecimal(row.get(0).get("cut").toString())).isPositive();

        // the 差 proposes a rectification; finance turns it into a draft notice in one step, written from the result
        assertThat(row.get(0)).containsEntry("proposesRectification", true).doesNotContainKey("rectificationId");
        postJson("/api/results/" + evaluation + "/rectification", "yn-filler", "").andExpect(status().isForbidden());
        String notice = postJson("/api/results/" + evaluation + "/rectification", "yn-finance", "")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Number noticeId = JsonPath.read(notice, "$.id");
        mvc.perform(get("/api/rectifications/" + noticeId).with(as("yn-filler")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("EVALUATION"))
                .andExpect(jsonPath("$.sourceId").value(evaluation))
                .andExpect(jsonPath("$.organisationId").value(ynUnit()))
                .andExpect(jsonPath("$.title").value(allOf(containsString(project), containsString("2023"))))
                .andExpect(jsonPath("$.requirement").value(allOf(containsString("“差”"), containsString("财政复核"))))
                .andExpect(jsonPath("$.budgetAdvice").value(containsString("取消或暂停")));
        postJson("/api/results/" + evaluation + "/rectification", "yn-finance", "").andExpect(status().isConflict());
        mvc.perform(get("/api/results").param("org", String.valueOf(ynUnit())).param("year", "2023")
                        .with(as("yn-finance")))
                .andExpect(jsonPath("$.projects[?(@.evaluationId == " + evaluation + ")].rectificationId")
                        .value(org.hamcrest.Matchers.contains(noticeId.intValue())));

        // outside finance's and the unit's scope there are no results to see
        mvc.perform(get("/api/results").param("org", String.valueOf(ynUnit())).param("year", "2023")
                .with(as("mh-filler"))).andExpect(status().isNotFound());

        // the 2024 declaration of the same project is refused, saying why
        postJson("/api/declarations", "yn-filler", DeclarationIntegrationTest.declaration(ynUnit(), project, 2024,
                DeclarationIntegrationTest.INDICATORS_WITHOUT_BENEFIT + DeclarationIntegrationTest.BENEFIT))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value(allOf(containsString("2023"), containsString("差"))));

        // a project with no record of last year in jixiao is not refused
        postJson("/api/declarations", "yn-filler", DeclarationIntegrationTest.declaration(ynUnit(), "结果应用全新项目", 2024,
                DeclarationIntegrationTest.INDICATORS_WITHOUT_BENEFIT + DeclarationIntegrationTest.BENEFIT))
                .andExpect(status().isCreated());
    }
}
