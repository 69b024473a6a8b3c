package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On PostgreSQL the application connects as a role of its own, the migrations run as the schema's owner, and the
 * application's role may add to and read the audit record, nothing more. Roles belong to the whole cluster, shared by
 * every work tree testing on it: this one is named after the schema prefix and made anew each run.
 */
@SpringBootTest(properties = "jixiao.demo=true")
class DatabaseRolesIntegrationTest {
    private static final String ROLE = System.getenv().getOrDefault("JIXIAO_TEST_SCHEMA_PREFIX", "jixiao_") + "app";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        if (TestDatabase.isPostgres()) {
            recreateRole();
        }
        TestDatabase.configure(registry, "roles");
        if (TestDatabase.isPostgres()) {
            registry.add("spring.datasource.username", () -> ROLE);
            registry.add("JIXIAO_DB_OWNER_USER", TestDatabase::postgresUser);
        }
    }

    private static void recreateRole() {
        try (Connection c = DriverManager.getConnection(TestDatabase.postgresUrl(), TestDatabase.postgresUser(), "");
             Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "') THEN "
                    + "EXECUTE 'DROP OWNED BY \"" + ROLE + "\"'; END IF; END $$");
            s.execute("DROP ROLE IF EXISTS \"" + ROLE + "\"");
            s.execute("CREATE ROLE \"" + ROLE + "\" LOGIN");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the role " + ROLE, e);
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    JixiaoUserDetailsService users;

    @Test
    void the_application_role_adds_to_and_reads_the_audit_record_but_cannot_truncate_update_or_delete_it() {
        assumeTrue(TestDatabase.isPostgres(), "roles are PostgreSQL's");
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(ROLE);
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
        var admin = users.loadUserByUsername("admin");
        long demo = jdbc.sql("SELECT MIN(id) FROM evaluation").query(Long.class).single();
        StoredEvaluation source = evaluations.get(demo, admin);
        SelfEvaluation form = source.form();
        evaluations.create(form, source.schemeId(), source.organisationId(), users.loadUserByUsername("yn-filler"),
                AuditSource.SCREEN, "test");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()).isGreaterThan(before);

        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET field = 'x'").update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DROP TRIGGER audit_entry_append_only ON audit_entry").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single()).isGreaterThan(before);
    }
}
