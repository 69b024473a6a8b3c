package org.jixiao.server.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * A session's attribute written as an upsert. Two requests of one session that both add the same attribute (a page
 * and the script it loads, each saving the CSRF token or a flash message for the first time) each insert it, and the
 * second insert failed on the attributes' primary key with a 500 to the user. PostgreSQL gets Spring Session's own
 * {@code ON CONFLICT} statement; H2, which has none with an update, its {@code MERGE … KEY}.
 */
@Configuration
class SessionAttributeUpserts {
    static final String H2_MERGE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesUpserted(
            @Value("${spring.datasource.url}") String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (url.startsWith("jdbc:h2:")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_MERGE);
        }
        return repository -> { };
    }
}
