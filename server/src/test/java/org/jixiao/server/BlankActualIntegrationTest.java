package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.jixiao.server.evaluation.Scored;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** On a form being filled a blank actual earns nothing, and says so with an error, whichever way it was cleared. */
class BlankActualIntegrationTest extends IntegrationTestBase {

    private Scored scoredOf(long id) {
        return evaluations.score(evaluations.get(id, person("admin")));
    }

    @Test
    void an_actual_cleared_through_the_api_scores_nothing_and_carries_an_error() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        BigDecimal totalBefore = scoredOf(id).sheet().total();
        BigDecimal rowBefore = scoredOf(id).sheet().indicators().get(2).score();
        assertThat(rowBefore).isPositive();
        mvc.perform(put("/api/evaluations/{id}/actuals", id).with(as("yn-filler")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"actuals\":[{\"index\":2,\"actual\":\"\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[2].score").value(0.0))
                .andExpect(jsonPath("$.findings[?(@.code == 'ACTUAL_BLANK' && @.indicatorIndex == 2)].severity").value("ERROR"));
        Scored after = scoredOf(id);
        assertThat(after.sheet().indicators().get(2).score()).isEqualByComparingTo("0");
        assertThat(after.sheet().total()).isEqualByComparingTo(totalBefore.subtract(rowBefore));
    }

    @Test
    void an_actual_cleared_on_the_form_scores_nothing_once_saved() throws Exception {
        long id = copyOf(YUNNAN_PASS_RATE, "yn-filler");
        BigDecimal rowBefore = scoredOf(id).sheet().indicators().get(2).score();
        assertThat(rowBefore).isPositive();
        BigDecimal totalBefore = scoredOf(id).sheet().total();
        mvc.perform(FormParams.of(evaluations.get(id, person("admin"))).put("indicators[2].actual", "")
                        .into(post("/evaluations/{id}", id)).with(as("yn-filler")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Scored after = scoredOf(id);
        assertThat(after.sheet().indicators().get(2).score()).isEqualByComparingTo("0");
        assertThat(after.sheet().total()).isEqualByComparingTo(totalBefore.subtract(rowBefore));
        assertThat(after.findingsOf(2)).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo("ACTUAL_BLANK");
            assertThat(f.severity().name()).isEqualTo("ERROR");
        });
    }
}
