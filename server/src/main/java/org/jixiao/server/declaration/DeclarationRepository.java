package org.jixiao.server.declaration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationVersion;
import org.jixiao.core.text.Text;
import org.jixiao.server.common.ContainsPattern;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Declarations and their approved versions. Every read takes the caller's {@link Scope}: a declaration outside it
 * is not found; writes are reached only after a scoped read.
 */
@Repository
public class DeclarationRepository {
    /** The statuses a declaration (or an adjustment) can be in. */
    static final List<EvaluationStatus> STATUSES = List.of(EvaluationStatus.DRAFT, EvaluationStatus.SUBMITTED,
            EvaluationStatus.DEPT_APPROVED, EvaluationStatus.FINANCE_APPROVED, EvaluationStatus.RETURNED);

    private final JdbcClient jdbc;
    private final DeclarationBodies bodies;

    DeclarationRepository(JdbcClient jdbc, DeclarationBodies bodies) {
        this.jdbc = jdbc;
        this.bodies = bodies;
    }

    /** What makes a declaration one of its kind within an organisation and year: its 项目代码, else its name. */
    public static String identityKey(Declaration d) {
        String code = d.header().projectCode();
        return code != null ? "code:" + code : "name:" + Text.key(d.header().project());
    }

    public Optional<StoredDeclaration> findById(long id, Scope scope) {
        return jdbc.sql("""
                SELECT d.id, d.organisation_id, o.name AS organisation_name, d.status, d.version, d.approved_version,
                       d.goal_grade, d.submitted_by, d.updated_at, d.body
                FROM declaration d JOIN organisation o ON o.id = d.organisation_id
                WHERE d.id = :id AND o.path LIKE :scope""")
                .param("id", id).param("scope", scope.pathPattern())
                .query(this::map).optional();
    }

    /** The declaration of the same organisation, identity and year, if there is one (whoever may see it). */
    Optional<Long> findSame(long organisationId, int year, String identityKey) {
        return jdbc.sql("SELECT id FROM declaration WHERE organisation_id = :o AND budget_year = :y AND identity_key = :k")
                .param("o", organisationId).param("y", year).param("k", identityKey)
                .query(Long.class).optional();
    }

    /** The list: filtered, in scope, newest first, one page, with the count of all matches. */
    public Page<DeclarationSummary> find(DeclarationFilter f, Scope scope, String departmentPath) {
        StringBuilder where = new StringBuilder(
                " FROM declaration d JOIN organisation o ON o.id = d.organisation_id WHERE o.path LIKE '")
                .append(scope.pathPattern()).append('\'');
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.year() != null) {
            where.append(" AND d.budget_year = ").append(f.year().intValue());
        }
        if (f.unitId() != null) {
            where.append(" AND d.organisation_id = :unit");
            params.put("unit", f.unitId());
        }
        if (departmentPath != null) {
            where.append(" AND o.path LIKE :deptPath");
            params.put("deptPath", departmentPath);
        }
        List<EvaluationStatus> statuses = f.statuses();
        if (!statuses.containsAll(STATUSES)) {
            where.append(" AND d.status IN (")
                    .append(statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "))).append(')');
        }
        if (f.query() != null) {
            where.append(" AND (LOWER(d.project) LIKE :q" + ContainsPattern.ESCAPE + " OR d.project_code = :code)");
            params.put("q", ContainsPattern.of(f.query()));
            params.put("code", f.query());
        }
        JdbcClient.StatementSpec count = jdbc.sql("SELECT COUNT(*)" + where);
        params.forEach(count::param);
        long total = count.query(Long.class).single();
        long offset = (long) f.page() * f.size();
        if (offset >= total) {
            return new Page<>(List.of(), total, f.page(), f.size());
        }
        JdbcClient.StatementSpec select = jdbc.sql("""
                SELECT d.id, d.budget_year, d.project, d.project_code, d.department, d.unit, o.name AS organisation_name,
                       d.status, d.approved_version, d.goal_grade, d.errors, d.warnings, d.updated_at,
                       (SELECT MIN(x.evaluation_id) FROM evaluation_declaration x WHERE x.declaration_id = d.id) AS evaluation_id""" + where
                + " ORDER BY d.updated_at DESC, d.id DESC LIMIT :limit OFFSET :offset");
        params.forEach(select::param);
        List<DeclarationSummary> items = select.param("limit", f.size()).param("offset", offset)
                .query((rs, n) -> new DeclarationSummary(rs.getLong("id"), rs.getInt("budget_year"), rs.getString("project"),
                        rs.getString("project_code"), rs.getString("department"), rs.getString("unit"),
                        rs.getString("organisation_name"), EvaluationStatus.valueOf(rs.getString("status")),
                        intOrNull(rs, "approved_version"), rs.getString("goal_grade"), rs.getInt("errors"),
                        rs.getInt("warnings"), rs.getObject("updated_at", OffsetDateTime.class), longOrNull(rs, "evaluation_id")))
                .list();
        return new Page<>(items, total, f.page(), f.size());
    }

    long insert(long organisationId, Declaration d, int errors, int warnings, Long userId) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO declaration (organisation_id, budget_year, project, project_code, identity_key, department, unit,
                    status, errors, warnings, body, created_by, created_at, updated_at, version)
                VALUES (:org, :year, :project, :code, :key, :department, :unit, 'DRAFT', :errors, :warnings, :body, :user,
                    :now, :now, 0)""")
                .param("org", organisationId).param("year", d.header().year()).param("project", d.header().project())
                .param("code", d.header().projectCode()).param("key", identityKey(d))
                .param("department", d.header().department()).param("unit", d.header().unit())
                .param("errors", errors).param("warnings", warnings).param("body", bodies.write(d)).param("user", userId)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Replaces the declaration as filed if nobody changed it since {@code expectedVersion}; returns the new version.
     *
     * @throws DocumentConflictException when someone did
     */
    int update(long id, int expectedVersion, Declaration d, int errors, int warnings) {
        int rows = jdbc.sql("""
                UPDATE declaration SET version = version + 1, updated_at = :now, budget_year = :year, project = :project,
                    project_code = :code, identity_key = :key, department = :department, unit = :unit, errors = :errors,
                    warnings = :warnings, body = :body
                WHERE id = :id AND version = :expected""")
                .param("now", OffsetDateTime.now()).param("year", d.header().year()).param("project", d.header().project())
                .param("code", d.header().projectCode()).param("key", identityKey(d))
                .param("department", d.header().department()).param("unit", d.header().unit())
                .param("errors", errors).param("warnings", warnings).param("body", bodies.write(d))
                .param("id", id).param("expected", expectedVersion)
                .update();
        if (rows != 1) {
            throw new DocumentConflictException(DocumentRef.declaration(id), expectedVersion);
        }
        return expectedVersion + 1;
    }

    /** Finance's final approval or an approved adjustment: the latest approved version (and the goals' grade). */
    void approved(long id, Integer approvedVersion, String goalGrade) {
        jdbc.sql("""
                UPDATE declaration SET approved_version = COALESCE(:v, approved_version), goal_grade = COALESCE(:g, goal_grade), updated_at = :now
                WHERE id = :id""")
                .param("v", approvedVersion).param("g", goalGrade).param("now", OffsetDateTime.now()).param("id", id)
                .update();
    }

    /** Stores an approved version; versions are never changed afterwards (the database refuses it). */
    void insertVersion(long declarationId, DeclarationVersion v, Long adjustmentId, long approvedBy, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO declaration_version (declaration_id, number, adjustment_id, body, approved_by, approved_at)
                VALUES (:d, :n, :a, :body, :by, :at)""")
                .param("d", declarationId).param("n", v.number()).param("a", adjustmentId).param("body", bodies.write(v))
                .param("by", approvedBy).param("at", at)
                .update();
    }

    /** Every approved version of a declaration, oldest first. The caller has read the declaration in scope. */
    List<ApprovedVersion> versions(long declarationId) {
        List<ApprovedVersion> out = new ArrayList<>();
        jdbc.sql("""
                SELECT v.number, v.adjustment_id, v.body, v.approved_at, u.display_name
                FROM declaration_version v LEFT JOIN app_user u ON u.id = v.approved_by
                WHERE v.declaration_id = :d ORDER BY v.number""")
                .param("d", declarationId)
                .query(rs -> {
                    long adj = rs.getLong("adjustment_id");
                    Long adjustmentId = rs.wasNull() ? null : adj;
                    out.add(new ApprovedVersion(rs.getInt("number"), adjustmentId, bodies.version(rs.getString("body")),
                            rs.getObject("approved_at", OffsetDateTime.class), rs.getString("display_name")));
                });
        return out;
    }

    /** The same project's declaration of another year in the same organisation, as filed, if there is one. */
    Optional<Declaration> sameProjectIn(long organisationId, int year, String identityKey) {
        return jdbc.sql("SELECT body FROM declaration WHERE organisation_id = :o AND budget_year = :y AND identity_key = :k")
                .param("o", organisationId).param("y", year).param("k", identityKey)
                .query(String.class).optional().map(bodies::declaration);
    }

    /**
     * The approved declarations of a year in scope: those of the organisations under {@code subtreePattern}, or the
     * ones listed (null for all). Oldest first.
     */
    public List<ApprovedDeclaration> approved(int year, Scope scope, String subtreePattern, List<Long> ids) {
        String only = ids == null ? "" : ids.isEmpty() ? " AND 1 = 0" : " AND d.id IN (:ids)";
        JdbcClient.StatementSpec q = jdbc.sql("""
                SELECT d.id, d.organisation_id, d.budget_year, d.project, d.project_code, d.approved_version
                FROM declaration d JOIN organisation o ON o.id = d.organisation_id
                WHERE d.budget_year = :y AND d.approved_version IS NOT NULL AND o.path LIKE :scope AND o.path LIKE :sub"""
                        + only + " ORDER BY d.id")
                .param("y", year).param("scope", scope.pathPattern()).param("sub", subtreePattern);
        if (ids != null && !ids.isEmpty()) {
            q = q.param("ids", ids);
        }
        return q.query((rs, n) -> new ApprovedDeclaration(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                rs.getString(5), rs.getInt(6))).list();
    }

    /** One approved version of a declaration. The caller has read something of the declaration in scope. */
    public Optional<ApprovedVersion> version(long declarationId, int number) {
        return versions(declarationId).stream().filter(v -> v.number() == number).findFirst();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM declaration").query(Long.class).single();
    }

    private StoredDeclaration map(ResultSet rs, int n) throws SQLException {
        long by = rs.getLong("submitted_by");
        Long submittedBy = rs.wasNull() ? null : by;
        return new StoredDeclaration(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                EvaluationStatus.valueOf(rs.getString("status")), rs.getInt("version"), intOrNull(rs, "approved_version"),
                rs.getString("goal_grade"), submittedBy, rs.getObject("updated_at", OffsetDateTime.class),
                bodies.declaration(rs.getString("body")));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
