package org.jixiao.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server's connections to PostgreSQL plan each statement for its own parameters, so that a scoped query never
 * runs on a plan made for any organisation (one that reads a province's rows for a township).
 */
@SpringBootTest(properties = "JIXIAO_ADMIN_PASSWORD=a-long-password-1")
class PostgresPlanningIntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.configure(registry, "planning");
    }

    @Test
    void everyConnectionPlansEachStatementForItsOwnParameters() {
        assumeTrue(TestDatabase.isPostgres(), "plan caching is PostgreSQL's");
        for (int i = 0; i < 3; i++) {
            assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
        }
    }
}
