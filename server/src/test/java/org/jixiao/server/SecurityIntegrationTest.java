package org.jixiao.server;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jixiao.server.system.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who gets in: passwords, throttling, CSRF, API tokens, the public health check and nothing else. */
class SecurityIntegrationTest extends IntegrationTestBase {
    @Autowired
    ApiTokens tokens;

    @Test
    void the_health_check_is_public_and_the_rest_of_the_actuator_is_not() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/env").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/beans").with(as("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void pages_need_a_login_and_the_api_answers_401_without_credentials() throws Exception {
        mvc.perform(get("/evaluations")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/evaluations")).andExpect(status().isUnauthorized());
    }

    /** Signed in, but not as anybody of ours (a session signed out while the request was on its way): not a 500. */
    @Test
    void a_request_without_a_current_user_is_sent_to_sign_in_not_failed() throws Exception {
        long id = demoEvaluation(YUNNAN_PASS_RATE);
        var stranger = user("stranger").roles("FILLER");
        mvc.perform(post("/evaluations/{id}/score", id).with(stranger).with(csrf()).param("indicators[2].actual", "20"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/evaluations/{id}", id).with(stranger)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/evaluations").with(stranger)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/evaluations/{id}", id).with(stranger)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_demo_user_signs_in_with_the_password_demo() throws Exception {
        mvc.perform(formLogin().user("yn-filler").password("demo")).andExpect(authenticated());
        mvc.perform(formLogin().user("yn-filler").password("wrong")).andExpect(unauthenticated());
    }

    @Test
    void repeated_wrong_passwords_lock_the_name_for_a_while() throws Exception {
        for (int k = 0; k < 5; k++) {
            mvc.perform(formLogin().user("mh-reviewer").password("guess" + k)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("mh-reviewer").password("demo")).andExpect(unauthenticated());
        mvc.perform(get("/api/evaluations").with(httpBasic("mh-reviewer", "demo"))).andExpect(status().isUnauthorized());
    }

    @Test
    void every_form_needs_its_csrf_token() throws Exception {
        long id = demoEvaluation(YUNNAN_PASS_RATE);
        mvc.perform(post("/evaluations/{id}", id).with(as("yn-filler")).param("project", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/evaluations/{id}/workflow", id).with(as("yn-filler")).param("action", "SUBMIT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluations/{id}", id).with(as("yn-filler")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void scripts_use_an_api_token_stored_only_as_a_hash_or_http_basic() throws Exception {
        String token = tokens.issue(person("mh-filler").id(), "script");
        mvc.perform(get("/api/evaluations").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/evaluations").header("Authorization", "Bearer jx_wrong")).andExpect(status().isUnauthorized());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t")
                .param("t", token).query(Long.class).single()).isZero();
        mvc.perform(get("/api/evaluations").with(httpBasic("mh-filler", "demo"))).andExpect(status().isOk());
    }

    @Test
    void the_login_page_is_Chinese_first_and_English_on_request() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("登录")));
        mvc.perform(get("/login?lang=en")).andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void the_api_documentation_is_served_by_the_app() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/evaluations/{id}/actuals")));
    }
}
