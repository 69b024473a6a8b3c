package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What answers without sign-in is what the README says does: the API's description, not the API. */
class PublicEndpointsIntegrationTest extends IntegrationTestBase {

    @Test
    void the_api_description_answers_without_sign_in_the_api_does_not_and_the_readme_says_so() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
        mvc.perform(get("/api/evaluations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/evaluations")).andExpect(status().is3xxRedirection());
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String publicSentence = readme.substring(readme.indexOf("Public without sign-in"));
        assertThat(publicSentence.substring(0, publicSentence.indexOf("needs a signed-in user")))
                .contains("/v3/api-docs", "/swagger-ui/index.html", "/actuator/health", "公开");
    }
}
