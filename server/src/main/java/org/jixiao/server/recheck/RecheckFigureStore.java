package org.jixiao.server.recheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.core.checks.RecheckFigures;
import org.jixiao.core.checks.Severity;
import org.jixiao.server.common.GlanceRevision;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored 复核 figures of each evaluation (migration V11), replaced whole on every derivation. */
@Repository
class RecheckFigureStore {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final GlanceRevision glance;

    RecheckFigureStore(JdbcClient jdbc, NamedParameterJdbcTemplate batches, GlanceRevision glance) {
        this.glance = glance;
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void save(long id, RecheckFigures f, String revision) {
        glance.changed();
        jdbc.sql("DELETE FROM evaluation_finding WHERE evaluation_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM evaluation_recheck WHERE evaluation_id = :id").param("id", id).update();
        jdbc.sql("""
                INSERT INTO evaluation_recheck (evaluation_id, revision, self_total, recomputed_total, rechecked_total, gap,
                    grade, errors, warnings, notices, unmet, budget_yuan, executed_yuan, rate_pct)
                VALUES (:id, :revision, :self, :recomputed, :rechecked, :gap, :grade, :errors, :warnings, :notices, :unmet,
                    :budget, :executed, :rate)""")
                .param("id", id).param("revision", revision).param("self", f.selfTotal())
                .param("recomputed", f.recomputedTotal()).param("rechecked", f.recheckedTotal()).param("gap", f.gap())
                .param("grade", f.grade()).param("errors", f.count(Severity.ERROR))
                .param("warnings", f.count(Severity.WARNING)).param("notices", f.count(Severity.NOTICE))
                .param("unmet", f.unmet()).param("budget", f.budgetYuan()).param("executed", f.executedYuan())
                .param("rate", f.ratePct())
                .update();
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Map.Entry<RecheckFigures.CodeAndSeverity, Integer> e : f.findingCounts().entrySet()) {
            rows.add(new MapSqlParameterSource("id", id).addValue("code", e.getKey().code())
                    .addValue("severity", e.getKey().severity().name()).addValue("n", e.getValue()));
        }
        if (!rows.isEmpty()) {
            batches.batchUpdate("INSERT INTO evaluation_finding (evaluation_id, code, severity, findings) VALUES (:id, :code, :severity, :n)",
                    rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    /** Evaluations past {@code after} without figures of this revision, lowest id first. */
    List<Long> stale(String revision, long after, int limit) {
        return jdbc.sql("""
                SELECT e.id FROM evaluation e
                WHERE e.id > :after AND NOT EXISTS (SELECT 1 FROM evaluation_recheck r WHERE r.evaluation_id = e.id AND r.revision = :revision)
                ORDER BY e.id LIMIT :limit""")
                .param("after", after).param("revision", revision).param("limit", limit).query(Long.class).list();
    }
}
