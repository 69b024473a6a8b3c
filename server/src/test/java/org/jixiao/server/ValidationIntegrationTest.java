package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Bad input gets a clear message at its field and is stored nowhere; script tags are shown as text. */
class ValidationIntegrationTest extends IntegrationTestBase {
    private static final String TEN_MB = "x".repeat(10 * 1024 * 1024);

    private FormParams formOf(long id) {
        return FormParams.of(evaluations.get(id, person("admin")));
    }

    private int versionOf(long id) {
        return evaluations.get(id, person("admin")).version();
    }

    @Test
    void text_in_a_number_field_is_refused_at_that_field_and_nothing_is_saved() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(formOf(id).put("indicators[1].weight", "十五").put("indicators[2].actual", "20")
                        .into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入数字")))
                .andExpect(content().string(containsString("name=\"indicators[1].weight\" value=\"十五\"")))
                .andExpect(content().string(containsString("name=\"indicators[2].actual\" value=\"20\"")))
                .andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(versionOf(id)).isZero();
        assertThat(evaluations.get(id, person("admin")).form().indicators().get(2).actual().text()).isEqualTo("13.95");
    }

    @Test
    void a_negative_weight_and_an_unknown_operator_are_refused_in_English_too() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(formOf(id).put("indicators[0].weight", "-5").put("indicators[1].operator", "BOGUS")
                        .into(post("/evaluations/{id}?lang=en", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Must not be negative")))
                .andExpect(content().string(containsString("Not a valid choice")));
        assertThat(versionOf(id)).isZero();
    }

    @Test
    void a_ten_megabyte_string_is_refused_by_the_form_and_the_api() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(formOf(id).put("goalsAchieved", TEN_MB).into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能超过 20000 个字符")));
        assertThat(versionOf(id)).isZero();
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        mvc.perform(post("/api/evaluations").with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + unit + ",\"evaluation\":{\"project\":\"" + TEN_MB + "\",\"department\":\"d\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation.project"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过 500 个字符"));
    }

    @Test
    void the_api_names_the_field_of_text_in_a_number_and_of_an_unknown_choice() throws Exception {
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        mvc.perform(post("/api/evaluations").with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + unit + ",\"evaluation\":{\"project\":\"p\",\"department\":\"d\","
                                + "\"indicators\":[{\"level1\":\"产出指标\",\"name\":\"n\",\"weight\":\"abc\"}]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation.indicators[0].weight"))
                .andExpect(jsonPath("$.errors[0].message").value("请输入数字"));
        mvc.perform(post("/api/evaluations?lang=en").with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + unit + ",\"evaluation\":{\"project\":\"p\",\"department\":\"d\","
                                + "\"currencyUnit\":\"DOLLAR\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation.currencyUnit"));
        mvc.perform(post("/api/evaluations").with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + unit + ",\"evaluation\":{\"project\":\"p\",\"department\":\"d\","
                                + "\"indicators\":[{\"level1\":\"产出指标\",\"name\":\"n\",\"operator\":\"GE\",\"weight\":-1}]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("evaluation.indicators[0].weight")));
    }

    @Test
    void a_quantitative_row_needs_a_target_and_an_unreported_row_a_reason() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        mvc.perform(formOf(id).put("indicators[0].targetValue", "").put("indicators[1].actualStatus", "NOT_REPORTED")
                        .put("indicators[1].actualReason", "").into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("定量指标须填写指标值")))
                .andExpect(content().string(containsString("未填报时须说明原因")));
        assertThat(versionOf(id)).isZero();
    }

    @Test
    void script_tags_in_every_text_field_are_kept_as_text_and_shown_escaped() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        String attack = "<script>alert('x')</script>";
        mvc.perform(formOf(id).put("project", attack).put("department", attack).put("unit", attack)
                        .put("goalsDeclared", attack).put("goalsAchieved", attack).put("notes", attack)
                        .put("indicators[0].name", attack).put("indicators[0].level1", attack).put("indicators[0].level2", attack)
                        .put("indicators[0].targetUnit", "<b>").put("indicators[0].deviationReason", attack)
                        .put("indicators[1].actual", attack)
                        .into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(evaluations.get(id, person("admin")).form().header().project()).isEqualTo(attack);
        for (String tab : new String[] {"form", "history", "review"}) {
            mvc.perform(get("/evaluations/{id}?tab=" + tab, id).with(as("yn-filler")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))))
                    .andExpect(content().string(containsString("&lt;script&gt;alert")));
        }
        mvc.perform(get("/evaluations").with(as("yn-filler")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }
}
