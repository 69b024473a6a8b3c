package org.jixiao.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Wrong passwords lock a name from the address they came from, so nobody can lock the owner out from elsewhere. */
class LoginThrottleIntegrationTest extends IntegrationTestBase {

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void signIn(String user, String password, String address, String landing) throws Exception {
        mvc.perform(post("/login").param("username", user).param("password", password).with(csrf()).with(from(address)))
                .andExpect(redirectedUrl(landing));
    }

    @Test
    void five_wrong_passwords_from_one_address_do_not_lock_the_administrator_out_from_another() throws Exception {
        for (int k = 0; k < 5; k++) {
            signIn("admin", "guess" + k, "203.0.113.9", "/login?error");
        }
        signIn("admin", "demo", "203.0.113.9", "/login?error");
        signIn("admin", "demo", "198.51.100.20", "/workbench");
    }
}
