package org.jixiao.server.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session's last access written to the database once a minute at most, not on every request. Spring Session JDBC
 * marks a session changed whenever a request touches it, so every page a signed-in person opened was also an UPDATE
 * and a commit on the one database all nodes share — half the cost of a small page. The idle timeout (30 minutes)
 * then counts from an access at most a minute old: a session ends at most that much earlier than it would have.
 */
@Configuration
class SessionAccessRecording {
    /** Spring Boot's repository as it configured it (table, timeout, clean-up), handed out wrapped. */
    @Bean
    static BeanPostProcessor sessionsRecordingAccessOncePer(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            @SuppressWarnings("unchecked") // its sessions are of a class of its own package: seen here as Session
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JdbcIndexedSessionRepository sessions) {
                    return new Repository((FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) sessions,
                            environment.getProperty("jixiao.session.access-recorded-every", Duration.class, Duration.ofMinutes(1)));
                }
                return bean;
            }
        };
    }

    /** The database's sessions, handing out sessions that pass a new access time on only when it is {@code every} later. */
    static final class Repository implements FindByIndexNameSessionRepository<Repository.AccessSession> {
        private final FindByIndexNameSessionRepository<Session> sessions;
        private final Duration every;

        // the wrapped repository is still destroyed as the bean it was created as (its scheduled clean-up ends with it)
        Repository(FindByIndexNameSessionRepository<Session> sessions, Duration every) {
            this.sessions = sessions;
            this.every = every;
        }

        @Override
        public AccessSession createSession() {
            return new AccessSession(sessions.createSession());
        }

        @Override
        public void save(AccessSession session) {
            sessions.save(session.stored);
        }

        @Override
        public AccessSession findById(String id) {
            Session found = sessions.findById(id);
            return found == null ? null : new AccessSession(found);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        @Override
        public Map<String, AccessSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return sessions.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new AccessSession(e.getValue())));
        }

        /** The stored session, but for how often it records an access. */
        final class AccessSession implements Session {
            private final Session stored;

            AccessSession(Session stored) {
                this.stored = stored;
            }

            @Override
            public void setLastAccessedTime(Instant at) {
                if (!at.isBefore(stored.getLastAccessedTime().plus(every))) {
                    stored.setLastAccessedTime(at);
                }
            }

            @Override
            public String getId() {
                return stored.getId();
            }

            @Override
            public String changeSessionId() {
                return stored.changeSessionId();
            }

            @Override
            public <T> T getAttribute(String name) {
                return stored.getAttribute(name);
            }

            @Override
            public Set<String> getAttributeNames() {
                return stored.getAttributeNames();
            }

            @Override
            public void setAttribute(String name, Object value) {
                stored.setAttribute(name, value);
            }

            @Override
            public void removeAttribute(String name) {
                stored.removeAttribute(name);
            }

            @Override
            public Instant getCreationTime() {
                return stored.getCreationTime();
            }

            @Override
            public Instant getLastAccessedTime() {
                return stored.getLastAccessedTime();
            }

            @Override
            public void setMaxInactiveInterval(Duration interval) {
                stored.setMaxInactiveInterval(interval);
            }

            @Override
            public Duration getMaxInactiveInterval() {
                return stored.getMaxInactiveInterval();
            }

            @Override
            public boolean isExpired() {
                return stored.isExpired();
            }
        }
    }
}
