package org.jixiao.server.system;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every PostgreSQL statement planned for its own parameters. The driver prepares a statement on the server after its
 * fifth use, and PostgreSQL then soon plans it once for any parameters: for the scoped queries ({@code o.path LIKE
 * :scope}, {@code round_id IN (:rounds)}) that generic plan cannot tell a province's prefix from a township's and
 * walks every row of the region — the page of a province's monitoring round went from 1.4 ms to 30–60 ms a query.
 * Planning each time costs a millisecond at most; a wrong plan costs tens.
 */
@Configuration
class PostgresPlanning {
    static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";

    @Bean
    static BeanPostProcessor customPlansOnPostgres() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && pool.getConnectionInitSql() == null) {
                    pool.setConnectionInitSql(CUSTOM_PLANS);
                }
                return bean;
            }
        };
    }
}
