package org.jixiao.bench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator writes its rows by COPY against the server's own migrations: a migration that adds a required column
 * breaks it without a compiler error, so it is run here, small, on the schema of the day.
 */
class EvaluationGeneratorTest {
    private static final String SCHEMA = System.getenv().getOrDefault("JIXIAO_TEST_SCHEMA_PREFIX", "jixiao_") + "bench_generator";
    private static EmbeddedPostgres embedded;
    private static String base;
    private static String user;

    @BeforeAll
    static void connect() throws Exception {
        for (String candidate : new String[] {"postgres", "root"}) {
            String url = "jdbc:postgresql://127.0.0.1:5432/test";
            try (Connection c = DriverManager.getConnection(url, candidate, "")) {
                base = url;
                user = candidate;
                break;
            } catch (SQLException e) {
                // the next role, then an embedded server
            }
        }
        if (base == null) {
            embedded = EmbeddedPostgres.builder().start();
            base = embedded.getJdbcUrl("postgres", "postgres").replaceAll("\\?.*$", "");
            user = "postgres";
        }
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    void the_generator_fills_a_database_of_the_current_migrations_with_what_it_was_asked_for(@TempDir Path out) throws Exception {
        EvaluationGenerator.main(new String[] {
                "--db-url", base + "?currentSchema=" + SCHEMA, "--db-user", user, "--evaluations", "120",
                "--declarations", "40", "--monitoring", "40", "--seed", "7",
                "--migrations", Path.of("../server/src/main/resources/db/migration").toString(), "--out", out.toString()});

        assertEquals(120, count("evaluation"));
        assertTrue(count("indicator") > 120, "every evaluation has indicators");
        assertEquals(count("indicator"), count("indicator WHERE row_key = position"), "each row's identity is its position");
        assertTrue(count("declaration") >= 40);
        assertTrue(count("monitoring_report") >= 40);
        assertTrue(Files.readString(out.resolve("tokens.env")).contains("TOKEN_PROVINCE="));
        assertTrue(Files.readAllLines(out.resolve("ids-province.txt")).size() > 0);
    }

    private static long count(String from) throws SQLException {
        try (Connection c = DriverManager.getConnection(base + "?currentSchema=" + SCHEMA, user, "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + from)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(base, user, ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
