package org.jixiao.server.attachment;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The attachments and their bytes. Callers have checked, through the document, that the caller may see them. */
@Repository
class AttachmentRepository {
    private static final String COLUMNS = """
            id, document_kind, document_id, indicator_key, name, content_type, size_bytes, is_public, uploaded_by_name,
            uploaded_at""";
    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, long documentId, Integer indicator, String name, EvidenceType type, byte[] content,
                String sha256, long userId, String userName) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO attachment (document_kind, document_id, indicator_key, name, content_type, size_bytes, sha256,
                    is_public, uploaded_by, uploaded_by_name, uploaded_at)
                VALUES (:kind, :doc, :ind, :name, :type, :size, :sha, FALSE, :by, :byName, :at)""")
                .param("kind", kind).param("doc", documentId).param("ind", indicator).param("name", name)
                .param("type", type.contentType()).param("size", (long) content.length).param("sha", sha256)
                .param("by", userId).param("byName", userName).param("at", OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO attachment_content (attachment_id, content) VALUES (:id, :content)")
                .param("id", id).param("content", new SqlBinaryValue(new ByteArrayInputStream(content), content.length))
                .update();
        return id;
    }

    List<Attachment> of(String kind, long documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE document_kind = :kind AND document_id = :doc"
                        + " ORDER BY indicator_key NULLS FIRST, id")
                .param("kind", kind).param("doc", documentId).query(this::map).list();
    }

    Optional<Attachment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** The bytes taken by a document's files: what the 100 MB of a document is counted against. */
    long totalSize(String kind, long documentId) {
        return jdbc.sql("SELECT COALESCE(SUM(size_bytes), 0) FROM attachment WHERE document_kind = :kind AND document_id = :doc")
                .param("kind", kind).param("doc", documentId).query(Long.class).single();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM attachment_content WHERE attachment_id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM attachment_content WHERE attachment_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM attachment WHERE id = :id").param("id", id).update();
    }

    void markPublic(long id, boolean shown) {
        jdbc.sql("UPDATE attachment SET is_public = :p WHERE id = :id").param("p", shown).param("id", id).update();
    }

    private Attachment map(ResultSet rs, int n) throws SQLException {
        int key = rs.getInt("indicator_key");
        Integer indicatorKey = rs.wasNull() ? null : key;
        return new Attachment(rs.getLong("id"), rs.getString("document_kind"), rs.getLong("document_id"), indicatorKey, null,
                rs.getString("name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getBoolean("is_public"),
                rs.getString("uploaded_by_name"), rs.getObject("uploaded_at", OffsetDateTime.class));
    }
}
