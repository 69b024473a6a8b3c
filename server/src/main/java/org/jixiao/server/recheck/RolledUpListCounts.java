package org.jixiao.server.recheck;

import java.util.List;
import java.util.OptionalLong;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.ListCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list's counts from {@code recheck_rollup}: the subtree rows ('S') of the subtree's top organisation (the one
 * whose path the pattern starts with, or every root for an administrator's {@code /%}), which {@link RecheckRollup}
 * keeps per year and status with every save, step and move. None while the roll-up is rebuilt at start.
 */
@Component
class RolledUpListCounts implements ListCounts {
    private final JdbcClient jdbc;
    private final RecheckRollup rollup;

    RolledUpListCounts(JdbcClient jdbc, RecheckRollup rollup) {
        this.jdbc = jdbc;
        this.rollup = rollup;
    }

    @Override
    public OptionalLong count(String subtreePattern, Integer year, List<EvaluationStatus> statuses) {
        if (!rollup.current()) {
            return OptionalLong.empty();
        }
        if (statuses.isEmpty() || !subtreePattern.endsWith("%")) {
            return OptionalLong.of(0); // no subtree's pattern: the list's for a department outside the scope (/none/)
        }
        String top = subtreePattern.substring(0, subtreePattern.length() - 1);
        return OptionalLong.of(jdbc.sql("SELECT COALESCE(SUM(r.tables), 0) FROM recheck_rollup r JOIN organisation o ON o.id = r.organisation_id"
                        + " WHERE r.kind = 'S' AND " + (top.equals("/") ? "o.parent_id IS NULL" : "o.path = :top")
                        + (year == null ? "" : " AND r.budget_year = :year") + " AND r.status IN (:statuses)")
                .param("top", top).param("year", year)
                .param("statuses", statuses.stream().map(EvaluationStatus::name).toList())
                .query(Long.class).single());
    }
}
