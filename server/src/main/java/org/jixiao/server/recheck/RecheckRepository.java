package org.jixiao.server.recheck;

import java.util.List;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which evaluations a 复核 list covers: those of an organisation's subtree and year, and always within the caller's
 * scope too, so an organisation looked up by mistake outside it still yields nothing.
 */
@Repository
class RecheckRepository {
    private static final String IN_SUBTREE = """
            FROM evaluation e JOIN organisation o ON o.id = e.organisation_id
            WHERE o.path LIKE :scope AND o.path LIKE :subtree""";
    private final JdbcClient jdbc;

    RecheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> ids(Scope scope, Organisation org, Integer year) {
        return jdbc.sql("SELECT e.id " + IN_SUBTREE + " AND (:year = 0 OR e.budget_year = :year) ORDER BY e.id")
                .param("scope", scope.pathPattern()).param("subtree", org.path() + "%")
                .param("year", year == null ? 0 : year)
                .query(Long.class).list();
    }

    List<Integer> years(Scope scope, Organisation org) {
        return jdbc.sql("SELECT DISTINCT e.budget_year " + IN_SUBTREE + " AND e.budget_year IS NOT NULL ORDER BY e.budget_year DESC")
                .param("scope", scope.pathPattern()).param("subtree", org.path() + "%")
                .query(Integer.class).list();
    }
}
