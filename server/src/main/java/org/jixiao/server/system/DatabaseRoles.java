package org.jixiao.server.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two database roles: the owner of the schema runs the migrations ({@code JIXIAO_DB_OWNER_USER} /
 * {@code JIXIAO_DB_OWNER_PASSWORD}); the application connects as its own role ({@code JIXIAO_DB_USER}), which may
 * read and change the tables but only insert into and read the audit record — no UPDATE, DELETE or TRUNCATE, and
 * as no owner it cannot drop the trigger that guards it either. Without an owner given, the application's role runs
 * the migrations too, owns the schema, and the start says so.
 */
@Configuration
class DatabaseRoles {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRoles.class);

    @Bean
    FlywayConfigurationCustomizer migrationsRunAsTheOwner(@Value("${JIXIAO_DB_OWNER_USER:}") String owner,
                                                          @Value("${JIXIAO_DB_OWNER_PASSWORD:}") String ownerPassword,
                                                          @Value("${spring.datasource.url}") String url,
                                                          @Value("${spring.datasource.username:}") String application) {
        return configuration -> {
            if (owner.isBlank() || owner.equals(application)) {
                LOG.warn("数据库迁移以应用自身的数据库角色（{}）执行，它拥有全部表，包括修改记录；请设置 JIXIAO_DB_OWNER_USER / "
                        + "migrations run as the application's own role ({}), which then owns every table, the audit record "
                        + "included; set JIXIAO_DB_OWNER_USER to keep the two apart", application, application);
                return;
            }
            configuration.dataSource(url, owner, ownerPassword).callbacks(new ApplicationGrants(application));
        };
    }

    /** After every migration run, as the owner: what the application's role may do, on PostgreSQL. */
    static final class ApplicationGrants implements Callback {
        private final String role;

        ApplicationGrants(String role) {
            this.role = role;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection c = context.getConnection();
            try {
                if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                    return;
                }
                String who = quoted(role);
                try (Statement s = c.createStatement()) {
                    String schema = quoted(c.getSchema());
                    s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + who);
                    s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + who);
                    s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + who);
                    s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM " + who);
                    s.execute("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM " + who);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot grant the application's role " + role + " its rights / "
                        + "无法为应用的数据库角色授权", e);
            }
        }

        @Override
        public String getCallbackName() {
            return "application-grants";
        }

        private static String quoted(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }
}
