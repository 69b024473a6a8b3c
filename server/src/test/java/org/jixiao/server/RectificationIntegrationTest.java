package org.jixiao.server;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 整改 (lifecycle §6) beyond the straight path: a notice only from a report finance has approved, only by finance; a
 * returned answer is answered again; an overdue notice waits on the 工作台 of both sides.
 */
class RectificationIntegrationTest extends IntegrationTestBase {

    ResultActions postJson(String url, String user, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long ynUnit() {
        return organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
    }

    static long id(ResultActions r) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void a_notice_comes_only_from_an_approved_report_and_a_returned_answer_is_answered_again() throws Exception {
        long draftReport = jdbc.sql("""
                SELECT MIN(r.id) FROM monitoring_report r JOIN monitoring_round m ON m.id = r.round_id
                WHERE m.budget_year = 2023 AND r.status = 'DRAFT'""").query(Long.class).single();
        String notice = """
                {"monitoringReportId": %d, "title": "整改", "requirement": "补齐进度", "deadline": "2023-09-30"}""";
        // a report still being filled is no source; a filler drafts nothing
        postJson("/api/rectifications", "yn-finance", notice.formatted(draftReport)).andExpect(status().isConflict());
        postJson("/api/rectifications", "yn-filler", """
                {"source": "SELF_EVALUATION", "organisationId": %d, "title": "整改", "requirement": "补齐",
                 "deadline": "2023-09-30"}""".formatted(ynUnit())).andExpect(status().isForbidden());
        postJson("/api/rectifications", "yn-finance", "{\"source\": \"SELF_EVALUATION\", \"organisationId\": " + ynUnit() + "}")
                .andExpect(status().isBadRequest());

        // from a self-evaluation, for the unit, its deadline past: issued, it is overdue on both sides' 工作台
        long id = id(postJson("/api/rectifications", "yn-finance", """
                {"source": "SELF_EVALUATION", "organisationId": %d, "title": "自评问题逾期整改测试", "requirement": "补充佐证材料",
                 "deadline": "2023-09-30", "budgetAdvice": "下年度预算核减 10%%"}""".formatted(ynUnit()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("DRAFT")));
        String r = "/api/rectifications/" + id;
        postJson(r + "/steps", "yn-finance", "{\"step\": \"ISSUE\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.overdue").value(true));
        mvc.perform(get("/workbench").with(as("yn-filler")))
                .andExpect(content().string(containsString("自评问题逾期整改测试")));
        mvc.perform(get("/workbench").with(as("yn-finance")))
                .andExpect(content().string(containsString("自评问题逾期整改测试")));
        mvc.perform(get("/rectifications/" + id).with(as("yn-filler")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"step-ANSWER\"")));

        // answered, returned with an opinion, answered again, accepted
        postJson(r + "/steps", "yn-filler", "{\"step\": \"ANSWER\", \"text\": \"已补充\"}").andExpect(status().isOk());
        postJson(r + "/steps", "yn-finance", "{\"step\": \"RETURN\"}").andExpect(status().isConflict());
        postJson(r + "/steps", "yn-finance", "{\"step\": \"RETURN\", \"text\": \"材料不全\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RETURNED"));
        postJson(r + "/steps", "yn-filler", "{\"step\": \"ANSWER\", \"text\": \"已全部补充\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.feedback").value("已全部补充"));
        postJson(r + "/steps", "yn-filler", "{\"step\": \"ACCEPT\"}").andExpect(status().isForbidden());
        postJson(r + "/steps", "yn-finance", "{\"step\": \"ACCEPT\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"))
                .andExpect(jsonPath("$.overdue").value(false));
        mvc.perform(get(r + "/steps").with(as("yn-finance")))
                .andExpect(jsonPath("$[*].to").value(org.hamcrest.Matchers.contains("ISSUED", "ANSWERED", "RETURNED",
                        "ANSWERED", "ACCEPTED")))
                .andExpect(jsonPath("$[2].text").value("材料不全"));
    }
}
