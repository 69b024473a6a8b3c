package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** A signed-in person's pages do not each write their session back: its last access is recorded once a minute. */
class SessionAccessRecordingIntegrationTest extends IntegrationTestBase {
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> repository;

    @SuppressWarnings("unchecked")
    private FindByIndexNameSessionRepository<Session> sessions() {
        return (FindByIndexNameSessionRepository<Session>) repository;
    }

    private long storedAccess(String id) {
        return jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void a_session_used_again_within_a_minute_writes_nothing_and_one_used_later_records_the_access() {
        Session created = sessions().createSession();
        created.setAttribute("jixiao.test", "1");
        sessions().save(created);
        String id = created.getId();
        long first = storedAccess(id);

        Session again = sessions().findById(id);
        again.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(30));
        sessions().save(again);
        assertThat(storedAccess(id)).isEqualTo(first);

        Session later = sessions().findById(id);
        Instant twoMinutesOn = Instant.ofEpochMilli(first).plus(Duration.ofMinutes(2));
        later.setLastAccessedTime(twoMinutesOn);
        sessions().save(later);
        assertThat(storedAccess(id)).isEqualTo(twoMinutesOn.toEpochMilli());
        assertThat((String) sessions().findById(id).getAttribute("jixiao.test")).isEqualTo("1");
        sessions().deleteById(id);
    }
}
