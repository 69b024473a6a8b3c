package org.jixiao.server.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only audit trail. There is deliberately no update or delete here, nor anywhere else; the database
 * refuses them too (triggers of migration V2).
 */
@Repository
public class AuditTrail {
    /** A change to be written. */
    public record Change(String field, String oldValue, String newValue) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    public AuditTrail(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Writes the changes that made {@code evaluationVersion} of the evaluation.
     */
    public void record(long evaluationId, int evaluationVersion, Long actorId, String actorName, AuditSource source,
                       List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        // one batch, one round trip: a save can change dozens of fields
        batches.batchUpdate("""
                INSERT INTO audit_entry (evaluation_id, evaluation_version, actor_id, actor_name, at, source, field, old_value, new_value)
                VALUES (:e, :ver, :a, :n, :at, :s, :f, :o, :v)""", changes.stream().map(c -> new MapSqlParameterSource()
                .addValue("e", evaluationId).addValue("ver", evaluationVersion).addValue("a", actorId).addValue("n", actorName)
                .addValue("at", now).addValue("s", source.name()).addValue("f", c.field()).addValue("o", c.oldValue())
                .addValue("v", c.newValue())).toArray(MapSqlParameterSource[]::new));
    }

    /** The history of one evaluation, newest first. The caller has checked the evaluation is in scope. */
    public List<AuditEntry> history(long evaluationId) {
        return since(evaluationId, -1);
    }

    /** The changes made after {@code version}, newest first: what someone else saved meanwhile. */
    public List<AuditEntry> since(long evaluationId, int version) {
        return jdbc.sql("""
                SELECT id, evaluation_id, actor_name, at, source, field, old_value, new_value
                FROM audit_entry WHERE evaluation_id = :e AND evaluation_version > :v ORDER BY id DESC""")
                .param("e", evaluationId).param("v", version)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), AuditSource.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getString(8)))
                .list();
    }
}
