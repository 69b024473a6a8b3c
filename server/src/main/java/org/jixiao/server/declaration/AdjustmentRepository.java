package org.jixiao.server.declaration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Adjustments, each read through its declaration's organisation and the caller's scope. */
@Repository
class AdjustmentRepository {
    private static final String COLUMNS = """
            a.id, a.declaration_id, a.base_version, a.made_version, a.status, a.version, a.submitted_by, a.updated_at, a.body""";

    private final JdbcClient jdbc;
    private final DeclarationBodies bodies;

    AdjustmentRepository(JdbcClient jdbc, DeclarationBodies bodies) {
        this.jdbc = jdbc;
        this.bodies = bodies;
    }

    Optional<StoredAdjustment> findById(long id, Scope scope) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM declaration_adjustment a JOIN declaration d ON d.id = a.declaration_id
                    JOIN organisation o ON o.id = d.organisation_id
                WHERE a.id = :id AND o.path LIKE :scope""")
                .param("id", id).param("scope", scope.pathPattern())
                .query(this::map).optional();
    }

    /** The adjustments of a declaration, oldest first. The caller has read the declaration in scope. */
    List<StoredAdjustment> of(long declarationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM declaration_adjustment a WHERE a.declaration_id = :d ORDER BY a.id")
                .param("d", declarationId)
                .query(this::map).list();
    }

    long insert(long declarationId, int baseVersion, Adjustment adjustment, Long userId) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO declaration_adjustment (declaration_id, base_version, status, body, created_by, created_at,
                    updated_at, version)
                VALUES (:d, :base, 'DRAFT', :body, :user, :now, :now, 0)""")
                .param("d", declarationId).param("base", baseVersion).param("body", bodies.write(adjustment))
                .param("user", userId).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The content of a draft or returned adjustment, replaced; the caller has claimed the version. */
    void replace(long id, int baseVersion, Adjustment adjustment) {
        jdbc.sql("UPDATE declaration_adjustment SET body = :body, base_version = :base WHERE id = :id")
                .param("body", bodies.write(adjustment)).param("base", baseVersion).param("id", id)
                .update();
    }

    void made(long id, int madeVersion) {
        jdbc.sql("UPDATE declaration_adjustment SET made_version = :v WHERE id = :id")
                .param("v", madeVersion).param("id", id)
                .update();
    }

    private StoredAdjustment map(ResultSet rs, int n) throws SQLException {
        long by = rs.getLong("submitted_by");
        Long submittedBy = rs.wasNull() ? null : by;
        int made = rs.getInt("made_version");
        Integer madeVersion = rs.wasNull() ? null : made;
        return new StoredAdjustment(rs.getLong("id"), rs.getLong("declaration_id"), rs.getInt("base_version"), madeVersion,
                EvaluationStatus.valueOf(rs.getString("status")), rs.getInt("version"), submittedBy,
                rs.getObject("updated_at", OffsetDateTime.class), bodies.adjustment(rs.getString("body")));
    }
}
