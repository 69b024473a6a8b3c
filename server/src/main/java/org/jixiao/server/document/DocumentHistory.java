package org.jixiao.server.document;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of every document other than an evaluation in the append-only {@code audit_entry} (which refuses
 * UPDATE and DELETE, V2), each row naming its document by kind and id. Insert and read, nothing else.
 */
@Repository
public class DocumentHistory {
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    public DocumentHistory(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Writes the changes that made {@code version} of the document. */
    public void record(DocumentRef doc, int version, Long actorId, String actorName, AuditSource source,
                       List<AuditTrail.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        if (doc.kind() == DocumentKind.EVALUATION) {
            throw new IllegalArgumentException("an evaluation's history is the AuditTrail's");
        }
        OffsetDateTime now = OffsetDateTime.now();
        batches.batchUpdate("""
                INSERT INTO audit_entry (document_kind, document_id, evaluation_version, actor_id, actor_name, at, source,
                    field, old_value, new_value)
                VALUES (:k, :d, :ver, :a, :n, :at, :s, :f, :o, :v)""", changes.stream().map(c -> new MapSqlParameterSource()
                .addValue("k", doc.kind().name()).addValue("d", doc.id()).addValue("ver", version).addValue("a", actorId)
                .addValue("n", actorName).addValue("at", now).addValue("s", source.name()).addValue("f", c.field())
                .addValue("o", c.oldValue()).addValue("v", c.newValue())).toArray(MapSqlParameterSource[]::new));
    }

    /** The history of one document, newest first. The caller has checked the document is in scope. */
    public List<DocumentEntry> history(DocumentRef doc) {
        return since(doc, -1);
    }

    /** The changes made after {@code version}, newest first: what someone else saved meanwhile. */
    public List<DocumentEntry> since(DocumentRef doc, int version) {
        return jdbc.sql("""
                SELECT id, evaluation_version, actor_name, at, source, field, old_value, new_value
                FROM audit_entry WHERE document_kind = :k AND document_id = :d AND evaluation_version > :v
                ORDER BY id DESC""")
                .param("k", doc.kind().name()).param("d", doc.id()).param("v", version)
                .query((rs, n) -> new DocumentEntry(rs.getLong(1), doc.kind(), doc.id(), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), AuditSource.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getString(8)))
                .list();
    }
}
