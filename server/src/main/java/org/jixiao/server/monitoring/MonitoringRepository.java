package org.jixiao.server.monitoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.common.ProjectNames;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Monitoring rounds and their reports. Every read takes the caller's {@link Scope} (the report's organisation): a
 * report outside it is not found; writes are reached only after a scoped read.
 */
@Repository
class MonitoringRepository {
    private static final String SELECT = """
            SELECT r.id, r.round_id, r.declaration_id, r.declaration_version, r.organisation_id, o.name AS organisation_name,
                   r.project, r.status, r.version, r.submitted_by, r.light, r.body, m.budget_year, m.period_month,
                   m.deadline, m.kind, m.rules_id, r.updated_at
            FROM monitoring_report r JOIN monitoring_round m ON m.id = r.round_id
                 JOIN organisation o ON o.id = r.organisation_id
            """;

    private final JdbcClient jdbc;
    private final MonitoringBodies bodies;

    MonitoringRepository(JdbcClient jdbc, MonitoringBodies bodies) {
        this.jdbc = jdbc;
        this.bodies = bodies;
    }

    long insertRound(long organisationId, int year, int month, LocalDate deadline, RoundKind kind, String rules,
                     long userId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO monitoring_round (organisation_id, budget_year, period_month, deadline, kind, rules_id,
                    created_by, created_at)
                VALUES (:o, :y, :m, :d, :k, :rules, :u, :now)""")
                .param("o", organisationId).param("y", year).param("m", month).param("d", deadline)
                .param("k", kind.name()).param("rules", rules).param("u", userId).param("now", OffsetDateTime.now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertReport(long roundId, long declarationId, int declarationVersion, long organisationId, String project,
                      Figures figures) {
        OffsetDateTime now = OffsetDateTime.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO monitoring_report (round_id, declaration_id, declaration_version, organisation_id, project,
                    status, light, errors, budget_pct, proposes, body, created_at, updated_at, version)
                VALUES (:r, :d, :v, :o, :p, 'DRAFT', :l, :e, :pct, :proposes, :b, :now, :now, 0)""")
                .param("r", roundId).param("d", declarationId).param("v", declarationVersion).param("o", organisationId)
                .param("p", project).param("l", figures.light()).param("e", figures.errors())
                .param("pct", figures.budgetPct()).param("proposes", figures.proposes())
                .param("b", bodies.write(MonitoringBodies.Body.EMPTY)).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<StoredReport> findById(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND o.path LIKE :scope")
                .param("id", id).param("scope", scope.pathPattern())
                .query(this::map).optional();
    }

    /**
     * The reports in scope of a project in the rounds of a year ending in a month, the newest first: by its name as
     * stored, else by its name as people retype it ({@link ProjectNames}: spaces, full-width forms).
     */
    List<StoredReport> findByProject(String project, int year, int month, Scope scope) {
        List<StoredReport> exact = jdbc.sql(SELECT + """
                 WHERE r.project = :p AND m.budget_year = :y AND m.period_month = :m AND o.path LIKE :scope
                 ORDER BY r.id DESC""")
                .param("p", project).param("y", year).param("m", month).param("scope", scope.pathPattern())
                .query(this::map).list();
        if (!exact.isEmpty()) {
            return exact;
        }
        String key = ProjectNames.key(project);
        // only the names are read: a province's round is tens of thousands of reports
        List<Long> ids = new ArrayList<>();
        jdbc.sql("""
                SELECT r.id, r.project FROM monitoring_report r JOIN monitoring_round m ON m.id = r.round_id
                     JOIN organisation o ON o.id = r.organisation_id
                WHERE m.budget_year = :y AND m.period_month = :m AND o.path LIKE :scope ORDER BY r.id DESC""")
                .param("y", year).param("m", month).param("scope", scope.pathPattern())
                .query(rs -> {
                    if (ProjectNames.key(rs.getString(2)).equals(key)) {
                        ids.add(rs.getLong(1));
                    }
                });
        return ids.stream().map(id -> findById(id, scope)).flatMap(Optional::stream).toList();
    }

    /** One line of a monitoring list, as stored: no body, the light and budget progress derived when it was judged. */
    record Listed(long id, long organisationId, String project, String organisationName, EvaluationStatus status,
                  String light, BigDecimal budgetPct, int month, LocalDate deadline) {
    }

    /** How many reports of one organisation have a light (null: nothing reported), and how many of them are overdue. */
    record Tally(long organisationId, String light, long reports, long overdue) {
    }

    /**
     * The reports of the year's rounds, named by id (read first: a year has a few), so PostgreSQL walks
     * monitoring_report_order / _tally (V53) for one round instead of joining and sorting every report.
     */
    private static final String OF_ROUNDS = """
             FROM monitoring_report r JOIN monitoring_round m ON m.id = r.round_id
                  JOIN organisation o ON o.id = r.organisation_id
             WHERE r.round_id IN (:rounds) AND o.path LIKE :scope AND o.path LIKE :sub
            """;

    /**
     * The year's rounds that can hold reports under the subtree: opened in it, or above it (an ancestor's round covers
     * its subtree). A province's page then reads its own round, not every province's.
     */
    private List<Long> rounds(int year, String subtreePattern) {
        String path = subtreePattern.substring(0, subtreePattern.length() - 1);
        return jdbc.sql("""
                SELECT m.id FROM monitoring_round m JOIN organisation ro ON ro.id = m.organisation_id
                WHERE m.budget_year = :y AND (ro.path LIKE :sub OR :path LIKE ro.path || '%')""")
                .param("y", year).param("sub", subtreePattern).param("path", path).query(Long.class).list();
    }

    /** The lines of a year under {@code subtreePattern}, in scope, the red and blue first; {@code limit} from {@code offset}. */
    List<Listed> listed(int year, Scope scope, String subtreePattern, int offset, int limit) {
        List<Long> rounds = rounds(year, subtreePattern);
        if (rounds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.id, r.organisation_id, r.project, o.name, r.status, r.light, r.budget_pct, m.period_month,
                       m.deadline""" + OF_ROUNDS + """
                 ORDER BY CASE r.light WHEN 'RED' THEN 0 WHEN 'BLUE' THEN 1 WHEN 'YELLOW' THEN 2 WHEN 'GREEN' THEN 3 ELSE 4 END,
                          r.project, r.id
                 LIMIT :lim OFFSET :off""")
                .param("rounds", rounds).param("scope", scope.pathPattern()).param("sub", subtreePattern)
                .param("lim", limit).param("off", offset)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        EvaluationStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getBigDecimal(7), rs.getInt(8),
                        rs.getObject(9, LocalDate.class)))
                .list();
    }

    /** The year's reports under {@code subtreePattern} counted per organisation and light, with the overdue ones. */
    List<Tally> tallies(int year, Scope scope, String subtreePattern, LocalDate today) {
        List<Long> rounds = rounds(year, subtreePattern);
        if (rounds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.organisation_id, r.light, COUNT(*),
                       SUM(CASE WHEN r.status IN ('DRAFT', 'RETURNED') AND m.deadline < :today THEN 1 ELSE 0 END)"""
                + OF_ROUNDS + " GROUP BY r.organisation_id, r.light")
                .param("rounds", rounds).param("scope", scope.pathPattern()).param("sub", subtreePattern).param("today", today)
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Reports whose list figures were never derived (stored before V52), the first {@code limit}. */
    List<Long> withoutFigures(int limit) {
        return jdbc.sql("SELECT id FROM monitoring_report WHERE proposes IS NULL ORDER BY id LIMIT :lim")
                .param("lim", limit).query(Long.class).list();
    }

    /** Writes a report's list figures as derived, its version untouched (nothing the unit reported changed). */
    void figures(long id, Figures figures) {
        jdbc.sql("""
                UPDATE monitoring_report SET light = :l, errors = :e, budget_pct = :pct, proposes = :proposes
                WHERE id = :id""")
                .param("l", figures.light()).param("e", figures.errors()).param("pct", figures.budgetPct())
                .param("proposes", figures.proposes()).param("id", id).update();
    }

    /** The latest year of a round with a report in scope, if any. */
    Optional<Integer> latestYear(Scope scope) {
        return jdbc.sql("""
                SELECT MAX(m.budget_year) FROM monitoring_report r JOIN monitoring_round m ON m.id = r.round_id
                JOIN organisation o ON o.id = r.organisation_id WHERE o.path LIKE :scope""")
                .param("scope", scope.pathPattern()).query(Integer.class).optional();
    }

    /** The reports in scope in one of the statuses, the oldest deadline first. */
    List<StoredReport> inStatus(Scope scope, List<EvaluationStatus> statuses, int limit) {
        return jdbc.sql(SELECT + " WHERE o.path LIKE :scope AND r.status IN (:st) ORDER BY m.deadline, r.id LIMIT :lim")
                .param("scope", scope.pathPattern()).param("st", statuses.stream().map(Enum::name).toList())
                .param("lim", limit)
                .query(this::map).list();
    }

    long countInStatus(Scope scope, List<EvaluationStatus> statuses) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM monitoring_report r JOIN organisation o ON o.id = r.organisation_id
                WHERE o.path LIKE :scope AND r.status IN (:st)""")
                .param("scope", scope.pathPattern()).param("st", statuses.stream().map(Enum::name).toList())
                .query(Long.class).single();
    }

    /**
     * Replaces what the unit reported if nobody changed the report since {@code expectedVersion}; returns the new
     * version.
     */
    int update(long id, int expectedVersion, MonitoringBodies.Body body, Figures figures) {
        int rows = jdbc.sql("""
                UPDATE monitoring_report SET version = version + 1, updated_at = :now, body = :b, light = :l, errors = :e,
                    budget_pct = :pct, proposes = :proposes
                WHERE id = :id AND version = :expected""")
                .param("now", OffsetDateTime.now()).param("b", bodies.write(body)).param("l", figures.light())
                .param("e", figures.errors()).param("pct", figures.budgetPct()).param("proposes", figures.proposes())
                .param("id", id).param("expected", expectedVersion)
                .update();
        if (rows != 1) {
            throw new DocumentConflictException(DocumentRef.monitoringReport(id), expectedVersion);
        }
        return expectedVersion + 1;
    }

    private StoredReport map(ResultSet rs, int n) throws SQLException {
        long by = rs.getLong("submitted_by");
        Long submittedBy = rs.wasNull() ? null : by;
        return new StoredReport(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("declaration_id"),
                rs.getInt("declaration_version"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("project"), EvaluationStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                submittedBy, rs.getString("light"), bodies.read(rs.getString("body")), rs.getInt("budget_year"),
                rs.getInt("period_month"), rs.getObject("deadline", LocalDate.class), RoundKind.valueOf(rs.getString("kind")),
                rs.getString("rules_id"), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
