package org.jixiao.server.rectification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.results.Rectification;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rectification notices. Every read takes the caller's {@link Scope}: a notice outside it is not found. */
@Repository
class RectificationRepository {
    private static final String SELECT = """
            SELECT x.id, x.organisation_id, o.name AS organisation_name, x.source, x.source_id, x.title, x.requirement,
                   x.deadline, x.budget_advice, x.state, x.feedback, x.version, x.updated_at
            FROM rectification x JOIN organisation o ON o.id = x.organisation_id
            """;

    private final JdbcClient jdbc;

    RectificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The notices drafted from these sources, in scope: source id → notice id (the first, if several). */
    java.util.Map<Long, Long> bySource(Rectification.Source source, java.util.Collection<Long> sourceIds, Scope scope) {
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        if (sourceIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT x.source_id, MIN(x.id) FROM rectification x JOIN organisation o ON o.id = x.organisation_id
                WHERE x.source = :s AND x.source_id IN (:ids) AND o.path LIKE :scope GROUP BY x.source_id""")
                .param("s", source.name()).param("ids", sourceIds).param("scope", scope.pathPattern())
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    /** Reports finance approved that propose a rectification and have no notice yet, in scope, the oldest first. */
    List<Proposed> proposedByReports(Scope scope, int limit) {
        return jdbc.sql("""
                SELECT r.id, r.project, o.name, r.updated_at FROM monitoring_report r
                JOIN organisation o ON o.id = r.organisation_id
                WHERE r.status = 'FINANCE_APPROVED' AND r.proposes AND o.path LIKE :scope
                  AND NOT EXISTS (SELECT 1 FROM rectification x WHERE x.source = 'MONITORING' AND x.source_id = r.id)
                ORDER BY r.updated_at, r.id LIMIT :lim""")
                .param("scope", scope.pathPattern()).param("lim", limit)
                .query((rs, n) -> new Proposed(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    long countProposedByReports(Scope scope) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM monitoring_report r JOIN organisation o ON o.id = r.organisation_id
                WHERE r.status = 'FINANCE_APPROVED' AND r.proposes AND o.path LIKE :scope
                  AND NOT EXISTS (SELECT 1 FROM rectification x WHERE x.source = 'MONITORING' AND x.source_id = r.id)""")
                .param("scope", scope.pathPattern()).query(Long.class).single();
    }

    /** A report proposing a rectification: what the 工作台 lists of it. */
    record Proposed(long reportId, String project, String organisation, OffsetDateTime at) {
    }

    long insert(long organisationId, Long sourceId, Rectification r, long userId) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO rectification (organisation_id, source, source_id, title, requirement, deadline, budget_advice,
                    state, created_by, created_at, updated_at, version)
                VALUES (:o, :s, :sid, :t, :r, :d, :b, :st, :u, :now, :now, 0)""")
                .param("o", organisationId).param("s", r.source().name()).param("sid", sourceId)
                .param("t", r.title()).param("r", r.requirement()).param("d", r.deadline())
                .param("b", r.budgetAdvice()).param("st", r.state().name()).param("u", userId).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<StoredRectification> findById(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE x.id = :id AND o.path LIKE :scope")
                .param("id", id).param("scope", scope.pathPattern()).query(this::map).optional();
    }

    /** The notices in scope in one of the states, the oldest deadline first. */
    List<StoredRectification> inState(Scope scope, List<Rectification.State> states, int limit) {
        return jdbc.sql(SELECT + " WHERE o.path LIKE :scope AND x.state IN (:st) ORDER BY x.deadline, x.id LIMIT :lim")
                .param("scope", scope.pathPattern()).param("st", states.stream().map(Enum::name).toList())
                .param("lim", limit).query(this::map).list();
    }

    long countInState(Scope scope, List<Rectification.State> states) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM rectification x JOIN organisation o ON o.id = x.organisation_id
                WHERE o.path LIKE :scope AND x.state IN (:st)""")
                .param("scope", scope.pathPattern()).param("st", states.stream().map(Enum::name).toList())
                .query(Long.class).single();
    }

    /** A step: the new state (and the unit's answer, when it gives one) over the version read; the new version. */
    int step(long id, int expectedVersion, Rectification.State state, String feedback, Long answeredBy) {
        OffsetDateTime now = OffsetDateTime.now();
        int rows = jdbc.sql("""
                UPDATE rectification SET state = :st, feedback = COALESCE(:f, feedback), version = version + 1,
                    updated_at = :now, submitted_by = COALESCE(:by, submitted_by),
                    submitted_at = COALESCE(:at, submitted_at)
                WHERE id = :id AND version = :expected""")
                .param("st", state.name()).param("f", feedback).param("now", now).param("by", answeredBy)
                .param("at", answeredBy == null ? null : now).param("id", id).param("expected", expectedVersion)
                .update();
        if (rows != 1) {
            throw new DocumentConflictException(DocumentRef.rectification(id), expectedVersion);
        }
        return expectedVersion + 1;
    }

    private StoredRectification map(ResultSet rs, int n) throws SQLException {
        long sid = rs.getLong("source_id");
        Long sourceId = rs.wasNull() ? null : sid;
        Rectification r = new Rectification(Rectification.Source.valueOf(rs.getString("source")), rs.getString("title"),
                rs.getString("requirement"), rs.getObject("deadline", LocalDate.class), rs.getString("budget_advice"),
                Rectification.State.valueOf(rs.getString("state")));
        return new StoredRectification(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                sourceId, r, rs.getString("feedback"), rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
