package org.jixiao.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of an integration test: H2 in memory, or PostgreSQL when {@code -Djixiao.test.db=postgres} (the
 * second surefire execution). PostgreSQL is the one on 127.0.0.1:5432 (database {@code test}, trust auth) or,
 * when none answers, an embedded one. Each test context gets its own schema, dropped and made anew once per run.
 */
public final class TestDatabase {
    private static final Set<String> FRESH = new HashSet<>();
    private static String postgresBase;
    private static String postgresUser;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    /** The PostgreSQL role the tests connect as (a superuser: it owns the test schemas). */
    public static synchronized String postgresUser() {
        connectPostgres();
        return postgresUser;
    }

    /** The JDBC URL of the test PostgreSQL database, without a schema. */
    public static synchronized String postgresUrl() {
        connectPostgres();
        return postgresBase;
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("jixiao.test.db", "h2"));
    }

    public static synchronized void configure(DynamicPropertyRegistry registry, String name) {
        if (!isPostgres()) {
            registry.add("spring.datasource.url",
                    () -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
            return;
        }
        // Several work trees may test against one PostgreSQL at once; each sets its own prefix.
        String schema = System.getenv().getOrDefault("JIXIAO_TEST_SCHEMA_PREFIX", "jixiao_") + name;
        connectPostgres();
        if (FRESH.add(schema)) {
            try (Connection c = DriverManager.getConnection(postgresBase, postgresUser, "");
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare schema " + schema, e);
            }
        }
        registry.add("spring.datasource.url", () -> postgresBase + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> postgresUser);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> schema);
        // Spring keeps every test context of the run open, each with its pool: a pool that opens all its connections
        // at once (Hikari's default) exhausts PostgreSQL's 100 once a dozen contexts stand. One idle connection each,
        // and a few more while a test runs.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
    }

    private static void connectPostgres() {
        if (postgresBase != null) {
            return;
        }
        boolean embeddedOnly = Boolean.getBoolean("jixiao.test.embedded-postgres");
        for (String user : embeddedOnly ? new String[0] : new String[] {"postgres", "root"}) {
            String url = "jdbc:postgresql://127.0.0.1:5432/test";
            try (Connection c = DriverManager.getConnection(url, user, "")) {
                postgresBase = url;
                postgresUser = user;
                return;
            } catch (SQLException e) {
                // try the next user, then an embedded server
            }
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
            postgresBase = embedded.getJdbcUrl("postgres", "postgres").replaceAll("\\?.*$", "");
            postgresUser = "postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL on 127.0.0.1:5432 and none could be embedded", e);
        }
    }
}
