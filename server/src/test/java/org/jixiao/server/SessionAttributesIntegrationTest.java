package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two requests of one session at once — a page and the script it loads — may both save the same attribute for the
 * first time (the CSRF token, a flash message): both are answered, and the session keeps the later value.
 */
@SpringBootTest(properties = "JIXIAO_ADMIN_PASSWORD=a-long-password-1")
class SessionAttributesIntegrationTest {
    private static final String CSRF = "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN";
    @Autowired
    SessionRepository<? extends Session> sessions;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "session_attrs");
    }

    @Test
    void twoRequestsOfOneSessionThatAddTheSameAttributeBothSave() {
        assertThat(theLaterOfTwoFirstSaves(sessions)).isEqualTo("second");
    }

    private static <S extends Session> String theLaterOfTwoFirstSaves(SessionRepository<S> sessions) {
        S created = sessions.createSession();
        sessions.save(created);
        S first = sessions.findById(created.getId());
        S second = sessions.findById(created.getId());

        first.setAttribute(CSRF, "first");
        second.setAttribute(CSRF, "second");
        sessions.save(first);
        sessions.save(second);

        return sessions.findById(created.getId()).getAttribute(CSRF);
    }
}
