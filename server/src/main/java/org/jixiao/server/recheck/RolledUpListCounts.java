package org.jixiao.server.recheck;

import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.ListCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list's counts from {@code recheck_rollup}: the subtree rows ('S') of the subtree's topmost organisations (one,
 * or the roots for an administrator), which {@link RecheckRollup} keeps per year and status with every save, step
 * and move.
 */
@Component
class RolledUpListCounts implements ListCounts {
    private final JdbcClient jdbc;

    RolledUpListCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long count(String subtreePattern, Integer year, List<EvaluationStatus> statuses) {
        if (statuses.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COALESCE(SUM(r.tables), 0) FROM recheck_rollup r JOIN organisation o ON o.id = r.organisation_id"
                        + " LEFT JOIN organisation p ON p.id = o.parent_id"
                        + " WHERE r.kind = 'S' AND o.path LIKE :sub AND (p.id IS NULL OR p.path NOT LIKE :sub)"
                        + (year == null ? "" : " AND r.budget_year = :year") + " AND r.status IN (:statuses)")
                .param("sub", subtreePattern).param("year", year)
                .param("statuses", statuses.stream().map(EvaluationStatus::name).toList())
                .query(Long.class).single();
    }
}
