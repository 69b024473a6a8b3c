package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every API error is one JSON document, whole, naming the field at fault. */
class ApiErrorBodyIntegrationTest extends IntegrationTestBase {
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static void oneDocument(MvcResult result) throws Exception {
        JsonNode node = STRICT.readTree(result.getResponse().getContentAsString());
        assertThat(node.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void an_actual_for_a_row_that_does_not_exist_answers_one_json_document_naming_the_field() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        MvcResult r = mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":150,\"actual\":\"1\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actuals[0].index"))
                .andReturn();
        oneDocument(r);
    }

    @Test
    void an_unreported_actual_without_a_reason_answers_one_json_document_naming_the_field() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        MvcResult r = mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":0,\"status\":\"NOT_REPORTED\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actuals[0].reason"))
                .andReturn();
        oneDocument(r);
    }

    @Test
    void a_new_evaluation_of_an_unknown_scheme_answers_one_json_document_naming_the_field() throws Exception {
        long unit = organisations.findByName("云南省信息技术发展中心").orElseThrow().id();
        MvcResult r = mvc.perform(post("/api/evaluations").with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":" + unit + ",\"evaluation\":{\"project\":\"p\",\"department\":\"d\","
                                + "\"schemeId\":\"nowhere-1999\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evaluation.schemeId"))
                .andReturn();
        oneDocument(r);
    }
}
