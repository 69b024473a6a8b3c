package org.jixiao.server.audit;

import java.time.OffsetDateTime;
import java.util.List;
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

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the changes that made {@code evaluationVersion} of the evaluation.
     */
    public void record(long evaluationId, int evaluationVersion, Long actorId, String actorName, AuditSource source,
                       List<Change> changes) {
        OffsetDateTime now = OffsetDateTime.now();
        for (Change c : changes) {
            jdbc.sql("""
                    INSERT INTO audit_entry (evaluation_id, evaluation_version, actor_id, actor_name, at, source, field, old_value, new_value)
                    VALUES (:e, :ver, :a, :n, :at, :s, :f, :o, :v)""")
                    .param("e", evaluationId).param("ver", evaluationVersion).param("a", actorId).param("n", actorName).param("at", now)
                    .param("s", source.name()).param("f", c.field()).param("o", c.oldValue()).param("v", c.newValue())
                    .update();
        }
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
