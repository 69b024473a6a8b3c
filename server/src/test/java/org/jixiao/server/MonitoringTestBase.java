package org.jixiao.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** What the monitoring tests share: the JSON calls, an approved declaration of the Yunnan unit, a filled report. */
abstract class MonitoringTestBase extends IntegrationTestBase {

    static final String COUNTED = """
            {"level1": "产出指标", "level2": "数量指标", "name": "举办培训班期数", "operator": ">=", "target": "8", "unit": "期",
             "standard": "每少 1 期扣 2 分"},""";

    ResultActions postJson(String url, String user, String body) throws Exception {
        return mvc.perform(post(url).with(as(user)).with(csrf()).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions putJson(String url, String user, String body) throws Exception {
        return mvc.perform(put(url).with(as(user)).with(csrf()).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static long number(ResultActions r, String path) throws Exception {
        return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    long ynUnit() {
        return organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
    }

    long ynFinance() {
        return person("yn-finance").organisationId();
    }

    /** A declaration of the Yunnan unit, approved by the department and finance: its id. */
    long approvedDeclaration(String project, int year) throws Exception {
        long id = number(postJson("/api/declarations", "yn-filler", DeclarationIntegrationTest.declaration(ynUnit(), project,
                year, COUNTED + DeclarationIntegrationTest.INDICATORS_WITHOUT_BENEFIT + DeclarationIntegrationTest.BENEFIT))
                .andExpect(status().isCreated()), "$.id");
        postJson("/api/declarations/" + id + "/submit", "yn-filler", "{}").andExpect(status().isOk());
        postJson("/api/declarations/" + id + "/review", "yn-reviewer", "{\"action\": \"DEPT_APPROVE\"}")
                .andExpect(status().isOk());
        postJson("/api/declarations/" + id + "/review", "yn-finance", "{\"action\": \"FINANCE_APPROVE\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.approvedVersion").value(1));
        return id;
    }

    static String report(int version, String firstCause) {
        return """
                {"version": %d, "executedToDate": 70, "expected": 120,
                 "indicators": [{"index": 0, "toDate": 2, "expected": 6, "likelihood": "POSSIBLE" %s},
                                {"index": 1, "toDate": 300, "expected": 500, "likelihood": "CERTAIN"},
                                {"index": 2, "toDate": 95, "expected": 95, "likelihood": "CERTAIN"},
                                {"index": 3, "toDate": 100, "expected": 100, "likelihood": "CERTAIN"},
                                {"index": 4, "toDate": 150, "expected": 280, "likelihood": "CERTAIN"},
                                {"index": 5, "toDate": 95, "expected": 95, "likelihood": "CERTAIN"},
                                {"index": 6, "toDate": 250, "expected": 420, "likelihood": "CERTAIN"}]}"""
                .formatted(version, firstCause);
    }

}
