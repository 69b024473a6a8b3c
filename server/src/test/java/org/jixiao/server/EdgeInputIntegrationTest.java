package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** What the edge refuses before anything is bound or stored: rows that cannot exist, text no field may hold. */
class EdgeInputIntegrationTest extends IntegrationTestBase {

    private int versionOf(long id) {
        return evaluations.get(id, person("admin")).version();
    }

    @Test
    void an_indicator_row_out_of_range_in_a_form_post_is_a_field_error_not_a_server_error() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        FormParams form = FormParams.of(evaluations.get(id, person("admin")));
        mvc.perform(form.put("indicators[5000].name", "x").put("indicators[-1].name", "y")
                        .into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("indicators[5000]：没有这一行")))
                .andExpect(content().string(containsString("indicators[-1]：没有这一行")))
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(versionOf(id)).isZero();
        mvc.perform(FormParams.of(evaluations.get(id, person("admin"))).put("indicators[99999999999].weight", "1")
                        .into(post("/evaluations/{id}/score", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void a_recheck_row_out_of_range_is_refused_naming_the_row() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(post("/evaluations/{id}/workflow", id).param("action", "SUBMIT").param("version", "0")
                        .param("rechecks[9999].score", "1").with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("workflowErrorText", containsString("rechecks[9999]")));
        assertThat(evaluations.get(id, person("admin")).status().name()).isEqualTo("DRAFT");
    }

    @Test
    void a_nul_or_a_lone_surrogate_typed_into_the_form_is_refused_at_its_field() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        FormParams form = FormParams.of(evaluations.get(id, person("admin")));
        mvc.perform(form.put("project", "项目\u0000名").put("indicators[0].name", "指标\uD800")
                        .into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能含有空字符（NUL）或不成对的代理字符")))
                .andExpect(content().string(containsString("项目名")));
        assertThat(versionOf(id)).isZero();
    }

    @Test
    void the_api_refuses_a_nul_or_a_lone_surrogate_at_its_field() throws Exception {
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        mvc.perform(post("/api/evaluations?lang=en").with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + unit + ",\"evaluation\":{\"project\":\"a\\u0000b\",\"department\":\"d\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation.project"))
                .andExpect(jsonPath("$.errors[0].message").value("Must not hold a NUL character or an unpaired surrogate"));
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":0,\"actual\":\"9\\ud800\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actuals[0].actual"));
        assertThat(versionOf(id)).isZero();
    }
}
