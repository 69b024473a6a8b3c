package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.server.org.Role;
import org.jixiao.server.org.UserRepository;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A session holds the role and scope its person signed in with: an administrator who disables a person, or gives
 * them another role or organisation, signs them out of every session at once, so they keep nothing taken away.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo=true")
@AutoConfigureMockMvc
class SignedOutEverywhereIntegrationTest {
    private static final String PASSWORD = "a-long-password-1";
    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserRepository users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JixiaoUserDetailsService people;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "sessions");
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

    private long aReviewer(String username) {
        long org = users.findByUsername("yn-reviewer").orElseThrow().organisationId();
        return users.create(username, encoder.encode(PASSWORD), "临时审核人", Role.DEPT_REVIEWER, org).id();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username) throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(get("/login").body());
        assertThat(m.find()).isTrue();
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        String form = "username=" + username + "&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(get("/evaluations").statusCode()).isEqualTo(200);
    }

    private boolean sentToSignIn() throws Exception {
        HttpResponse<String> r = get("/evaluations");
        return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login");
    }

    @Test
    void a_person_disabled_by_an_administrator_is_signed_out_of_the_session_they_had() throws Exception {
        long id = aReviewer("sessions-disabled");
        signIn("sessions-disabled");

        mvc.perform(post("/organisations/users/{id}/enabled", id).param("enabled", "false")
                .with(user(people.loadUserByUsername("admin"))).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(sentToSignIn()).isTrue();
    }

    @Test
    void a_person_given_another_role_signs_in_again_to_work_with_it() throws Exception {
        long id = aReviewer("sessions-role");
        signIn("sessions-role");
        long unit = users.findByUsername("yn-filler").orElseThrow().organisationId();

        mvc.perform(post("/organisations/users/{id}/role", id).param("role", "FILLER").param("organisationId", String.valueOf(unit))
                .with(user(people.loadUserByUsername("admin"))).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(sentToSignIn()).isTrue();
    }
}
