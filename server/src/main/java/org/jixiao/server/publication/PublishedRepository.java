package org.jixiao.server.publication;

import java.util.List;
import org.jixiao.server.common.ContainsPattern;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published tables, read without a user: every query here is bound to status 已公开 in its WHERE clause, so
 * nothing else can leave through the public pages whatever the filters say.
 */
@Repository
class PublishedRepository {
    private static final String PUBLISHED = """
            FROM evaluation e JOIN organisation o ON o.id = e.organisation_id
            LEFT JOIN evaluation_recheck r ON r.evaluation_id = e.id
            WHERE e.status = :published""";
    private static final String FILTERS = """

            AND (:year = 0 OR e.budget_year = :year)
            AND (:region = '' OR o.region = :region)
            AND (:department = '' OR e.department = :department)
            AND (:project = '' OR LOWER(e.project) LIKE :project ESCAPE '\\')""";
    private final JdbcClient jdbc;

    PublishedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<PublishedRow> find(PublishedQuery q) {
        long total = bind(jdbc.sql("SELECT COUNT(*) " + PUBLISHED + FILTERS), q).query(Long.class).single();
        List<PublishedRow> rows = bind(jdbc.sql("""
                SELECT e.id, e.budget_year, e.project, e.department, e.unit, o.region,
                       COALESCE(r.rechecked_total, e.score_total) AS total,
                       CASE WHEN r.rechecked_total IS NULL THEN e.score_grade ELSE r.grade END AS grade,
                       r.rechecked_total IS NOT NULL AS rechecked
                """ + PUBLISHED + FILTERS + """

                ORDER BY e.budget_year DESC, o.region, e.department, e.project, e.id
                LIMIT :limit OFFSET :offset"""), q)
                .param("limit", PublishedQuery.SIZE).param("offset", (long) q.page() * PublishedQuery.SIZE)
                .query((rs, n) -> new PublishedRow(rs.getLong("id"), rs.getObject("budget_year", Integer.class),
                        rs.getString("project"), rs.getString("department"), rs.getString("unit"), rs.getString("region"),
                        rs.getBigDecimal("total"), rs.getString("grade"), rs.getBoolean("rechecked")))
                .list();
        return new Page<>(rows, total, q.page(), PublishedQuery.SIZE);
    }

    boolean isPublished(long id) {
        return jdbc.sql("SELECT COUNT(*) " + PUBLISHED + " AND e.id = :id")
                .param("published", EvaluationStatus.PUBLISHED.name()).param("id", id).query(Long.class).single() > 0;
    }

    List<Integer> years() {
        return choices("e.budget_year", Integer.class, " ORDER BY e.budget_year DESC");
    }

    List<String> regions() {
        return choices("o.region", String.class, " ORDER BY o.region");
    }

    List<String> departments() {
        return choices("e.department", String.class, " ORDER BY e.department");
    }

    private <T> List<T> choices(String column, Class<T> type, String order) {
        return jdbc.sql("SELECT DISTINCT " + column + " " + PUBLISHED + " AND " + column + " IS NOT NULL" + order)
                .param("published", EvaluationStatus.PUBLISHED.name()).query(type).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, PublishedQuery q) {
        return sql.param("published", EvaluationStatus.PUBLISHED.name())
                .param("year", q.year() == null ? 0 : q.year())
                .param("region", q.region() == null ? "" : q.region())
                .param("department", q.department() == null ? "" : q.department())
                .param("project", q.project() == null ? "" : ContainsPattern.of(q.project()));
    }
}
