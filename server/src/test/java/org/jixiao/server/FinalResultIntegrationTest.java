package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Once finance has re-checked a table, its total and grade are the re-checked ones wherever it is shown. */
class FinalResultIntegrationTest extends IntegrationTestBase {
    @Autowired
    WorkflowService workflow;

    private String json(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static BigDecimal decimal(String json, String path) {
        return new BigDecimal(JsonPath.read(json, path).toString());
    }

    @Test
    void before_finance_rechecks_a_table_it_stands_at_its_self_evaluation() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String body = json("yn-filler", get("/api/evaluations/{id}", id));
        assertThat((String) JsonPath.read(body, "$.final.source")).isEqualTo("SELF");
        assertThat(decimal(body, "$.final.total")).isEqualByComparingTo(decimal(body, "$.score.total"));
        assertThat((String) JsonPath.read(body, "$.final.grade")).isEqualTo(JsonPath.read(body, "$.score.grade"));
    }

    @Test
    void after_a_finance_recheck_with_deductions_the_api_and_the_recheck_list_give_the_rechecked_total_and_its_grade()
            throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        String before = json("yn-finance", get("/api/evaluations/{id}", id));
        String listBefore = json("yn-finance", get("/api/recheck").param("size", "200"));
        BigDecimal self = decimal(before, "$.score.total");
        BigDecimal passRate = decimal(before, "$.indicators[2].score");
        BigDecimal executionWeight = decimal(before, "$.funding.weight");
        BigDecimal execution = decimal(before, "$.funding.score");
        // the pass rate re-checked to 0, the execution row given a deduction of 1 off its 分值
        BigDecimal expected = self.subtract(passRate).subtract(execution).add(executionWeight.subtract(BigDecimal.ONE));
        mvc.perform(post("/api/evaluations/{id}/review", id).with(as("yn-finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"FINANCE_APPROVE\",\"opinion\":\"复核\",\"rechecks\":[{},{},{\"score\":0,\"note\":\"未达标\"}],"
                                + "\"budgetRecheck\":{\"deduction\":1,\"note\":\"结转未说明\"}}"))
                .andExpect(status().isOk());
        assertThat(expected).isLessThan(new BigDecimal("90"));

        String after = json("yn-finance", get("/api/evaluations/{id}", id));
        assertThat((String) JsonPath.read(after, "$.final.source")).isEqualTo("RECHECK");
        assertThat(decimal(after, "$.final.total")).isEqualByComparingTo(expected);
        assertThat((String) JsonPath.read(after, "$.final.grade")).isEqualTo("良");
        assertThat(decimal(after, "$.score.total")).isEqualByComparingTo(self);

        String list = json("yn-finance", get("/api/recheck").param("size", "200"));
        List<Map<String, Object>> row = JsonPath.read(list, "$.tables.items[?(@.id == " + id + ")]");
        assertThat(new BigDecimal(row.get(0).get("recheckedTotal").toString())).isEqualByComparingTo(expected);
        assertThat(row.get(0).get("grade")).isEqualTo("良");
        // 复核 and 概览 sum the same figures: the table now counts as 良, no longer as 优
        assertThat((Integer) JsonPath.read(list, "$.summary.grades.良"))
                .isEqualTo((Integer) JsonPath.read(listBefore, "$.summary.grades.良") + 1);
        assertThat((Integer) JsonPath.read(list, "$.summary.grades.优"))
                .isEqualTo((Integer) JsonPath.read(listBefore, "$.summary.grades.优") - 1);

        String page = mvc.perform(get("/evaluations/{id}", id).with(as("yn-finance")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"final-total\"").contains(expected.setScale(2).toPlainString()).contains("id=\"final-grade\">良<");
    }

    @Test
    void a_recheck_whose_approval_finance_cancelled_and_returned_counts_for_nothing_until_finance_approves_again()
            throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        mvc.perform(post("/api/evaluations/{id}/review", id).with(as("yn-finance")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"FINANCE_APPROVE\",\"rechecks\":[{},{},{\"score\":0,\"note\":\"未达标\"}]}"))
                .andExpect(status().isOk());
        BigDecimal rechecked = decimal(json("yn-finance", get("/api/evaluations/{id}", id)), "$.final.total");

        workflow.act(id, Transition.FINANCE_CANCEL_APPROVAL, null, null, List.of(), person("yn-finance"));
        workflow.act(id, Transition.FINANCE_RETURN, "请补充佐证材料", null, List.of(), person("yn-finance"));

        String returned = json("yn-filler", get("/api/evaluations/{id}", id));
        assertThat((String) JsonPath.read(returned, "$.final.source")).isEqualTo("SELF");
        assertThat(decimal(returned, "$.final.total")).isEqualByComparingTo(decimal(returned, "$.score.total"));
        String list = json("yn-finance", get("/api/recheck").param("size", "200").param("drafts", "true"));
        List<Map<String, Object>> row = JsonPath.read(list, "$.tables.items[?(@.id == " + id + ")]");
        assertThat(row.get(0).get("recheckedTotal")).isNull();

        workflow.act(id, Transition.SUBMIT, null, null, List.of(), person("yn-filler"));
        workflow.act(id, Transition.DEPT_APPROVE, null, null, List.of(), person("yn-reviewer"));
        workflow.act(id, Transition.FINANCE_APPROVE, null, null, List.of(), person("yn-finance"));
        String approvedAgain = json("yn-finance", get("/api/evaluations/{id}", id));
        assertThat((String) JsonPath.read(approvedAgain, "$.final.source")).isEqualTo("RECHECK");
        assertThat(decimal(approvedAgain, "$.final.total")).isEqualByComparingTo(rechecked);
    }
}
