package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.evaluation.EvaluationFilter;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.Role;
import org.jixiao.server.org.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A user sees and changes only the evaluations of their own subtree, through every door, failing closed. */
class ScopeIntegrationTest extends IntegrationTestBase {

    @Autowired
    UserRepository userRepository;

    private MockHttpServletRequestBuilder[] everyDoorTo(long id) {
        String json = "{\"version\":0,\"actuals\":[{\"index\":0,\"actual\":\"1\"}]}";
        return new MockHttpServletRequestBuilder[] {
                get("/evaluations/{id}", id),
                get("/evaluations/{id}?tab=history", id),
                get("/evaluations/{id}?tab=review", id),
                post("/evaluations/{id}", id).param("project", "x").param("department", "y").param("version", "0"),
                post("/evaluations/{id}/score", id).param("project", "x"),
                post("/evaluations/{id}/rows", id).param("rowAction", "add"),
                post("/evaluations/new", id).param("organisationId", "1").param("copyOf", String.valueOf(id)),
                get("/api/evaluations/{id}", id),
                get("/api/evaluations/{id}/history", id),
                get("/api/evaluations/{id}/steps", id),
                put("/api/evaluations/{id}/actuals", id).contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/evaluations/{id}/submit", id).contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/api/evaluations/{id}/review", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"DEPT_APPROVE\"}"),
        };
    }

    @Test
    void a_Minhang_filler_cannot_reach_a_Yunnan_evaluation_by_id_through_any_endpoint() throws Exception {
        long yunnan = demoEvaluation(YUNNAN_PASS_RATE);
        for (MockHttpServletRequestBuilder door : everyDoorTo(yunnan)) {
            mvc.perform(door.with(as("mh-filler")).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(post("/evaluations/{id}/workflow", yunnan).param("action", "SUBMIT").with(as("mh-filler")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(evaluations.get(yunnan, person("admin")).status().name()).isEqualTo("DRAFT");
    }

    @Test
    void a_Yunnan_department_reviewer_cannot_reach_a_Minhang_evaluation() throws Exception {
        long minhang = demoEvaluation(MINHANG_CONSULTING);
        for (MockHttpServletRequestBuilder door : everyDoorTo(minhang)) {
            mvc.perform(door.with(as("yn-reviewer")).with(csrf())).andExpect(status().isNotFound());
        }
    }

    @Test
    void the_list_shows_only_the_own_subtree() throws Exception {
        mvc.perform(get("/api/evaluations").with(as("mh-filler")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/evaluations").with(as("yn-finance")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(greaterOrEqual(2)));
        long ynUnit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        mvc.perform(get("/api/evaluations").param("unitId", String.valueOf(ynUnit)).with(as("mh-filler")))
                .andExpect(jsonPath("$.total").value(0));
        long ynDept = organisations.findByName("云南省工业和信息化厅").orElseThrow().id();
        mvc.perform(get("/api/evaluations").param("departmentId", String.valueOf(ynDept)).with(as("mh-filler")))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void organisations_outside_the_subtree_are_not_found_and_cannot_be_filled_in() throws Exception {
        long ynUnit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        mvc.perform(get("/api/organisations/{id}", ynUnit).with(as("mh-filler"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/organisations").with(as("mh-filler")))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("云南省信息技术发展中心"))));
        mvc.perform(post("/api/evaluations").with(as("mh-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + ynUnit + ",\"evaluation\":{\"project\":\"p\",\"department\":\"d\"}}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/evaluations/import").with(as("mh-filler")).with(csrf())
                        .param("organisationId", String.valueOf(ynUnit)).param("text", "项目名称 x"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_user_without_an_organisation_sees_nothing() {
        if (userRepository.findByUsername("orphan").isEmpty()) {
            userRepository.create("orphan", "{noop}x", "无单位用户", Role.FILLER, null);
        }
        var orphan = person("orphan");
        assertThat(evaluations.list(EvaluationFilter.all(), orphan).total()).isZero();
        assertThat(organisations.findAll(orphan.scope())).isEmpty();
        long yunnan = demoEvaluation(YUNNAN_PASS_RATE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluations.get(yunnan, orphan))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_lists_count_of_every_tab_and_year_is_the_number_of_its_rows_for_every_person() {
        long department = organisations.findByName("云南省工业和信息化厅").orElseThrow().id();
        List<EvaluationStatus.Tab> tabs = new ArrayList<>();
        tabs.add(null);
        tabs.addAll(List.of(EvaluationStatus.Tab.values()));
        for (String username : List.of("admin", "yn-finance", "yn-reviewer", "yn-filler", "mh-filler")) {
            var who = person(username);
            for (Integer year : Arrays.asList(null, 2022, 2023)) {
                for (var tab : tabs) {
                    for (Long dept : Arrays.asList(null, department)) {
                        var filter = new EvaluationFilter(year, dept, null, tab, null, null, null, null, 0, 20);
                        assertThat(evaluations.list(filter, who).total())
                                .as("%s, %s, %s, department %s", username, year, tab, dept)
                                .isEqualTo(evaluations.matchingIds(filter, who, 100_000).size());
                    }
                }
            }
        }
    }

    @Test
    void an_administrator_sees_every_organisation() {
        assertThat(evaluations.list(EvaluationFilter.all(), person("admin")).total()).isGreaterThanOrEqualTo(7);
    }

    private static org.hamcrest.Matcher<Integer> greaterOrEqual(int n) {
        return org.hamcrest.Matchers.greaterThanOrEqualTo(n);
    }
}
