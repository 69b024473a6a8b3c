package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The 复核 list and its sums over the stored figures (migration V11): ranked, paged, counted and summed by the
 * database, within {@link RecheckConditions}.
 */
@Repository
class RecheckRepository {
    private static final int IDS_PER_QUERY = 500;
    private static final String ROW_COLUMNS = """
            SELECT e.id, e.budget_year, e.project, e.department, e.unit, o.name AS organisation_name, e.status,
                   e.reported_grade, r.self_total, r.recomputed_total, r.rechecked_total, r.gap, r.grade, r.rate_pct,
                   r.errors, r.warnings, r.notices, r.unmet, r.budget_yuan, r.executed_yuan""";
    private static final String BY_GAP = " ORDER BY k.gap DESC NULLS LAST, k.project, k.evaluation_id";
    private final JdbcClient jdbc;

    RecheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tables the query's filters admit, largest gap first; {@code limit} null for all of them. */
    List<RecheckRow> ranked(RecheckConditions where, RecheckQuery q, Integer limit, long offset) {
        String page = limit == null ? "" : " LIMIT " + limit.intValue() + " OFFSET " + offset;
        List<RecheckRow> rows = code(jdbc.sql(ROW_COLUMNS + where.fromContributions(q.code(), q.severity()) + BY_GAP + page), q)
                .query((rs, n) -> row(rs, q.unit())).list();
        return withFindings(rows);
    }

    long count(RecheckConditions where, RecheckQuery q) {
        return code(jdbc.sql("SELECT COUNT(*)" + where.fromWhere(q.code(), q.severity())), q).query(Long.class).single();
    }

    /**
     * The tables summed per status, grade and gap bin, and per child organisation where {@code perChild}: read from
     * the roll-up ({@link RecheckRollup}), the organisation's few rows (or its children's and its own), not its tables.
     */
    List<SummaryTally.Group> groups(RecheckConditions where, boolean perChild) {
        long org = where.org().id();
        // per child: each child's subtree sum and the organisation's own tables; one IN over the roll-up's key rather
        // than an OR of two, which PostgreSQL answers by reading the whole roll-up (0.4 s at 1,000,000 tables)
        String which = perChild
                ? "organisation_id IN (SELECT id FROM organisation WHERE parent_id = " + org + " OR id = " + org + ")"
                        + " AND kind = CASE WHEN organisation_id = " + org + " THEN 'O' ELSE 'S' END"
                : "kind = 'S' AND organisation_id = " + org;
        return jdbc.sql("SELECT " + (perChild ? "CASE WHEN kind = 'O' THEN NULL ELSE organisation_id END" : "CAST(NULL AS BIGINT)")
                        + " AS part, status, grade, bin, SUM(tables) AS tables, SUM(budget_sum) AS budget, SUM(budgets) AS budgets,"
                        + " SUM(executed_sum) AS executed, SUM(executeds) AS executeds, SUM(rate_sum) AS rate_sum, SUM(rates) AS rates,"
                        + " SUM(unmet) AS unmet, SUM(gap_sum) AS gap_sum, SUM(gaps) AS gaps FROM recheck_rollup WHERE " + which
                        + (where.year() == null ? "" : " AND budget_year = " + where.year().intValue())
                        + " AND status IN (" + where.statuses() + ") AND tables > 0 GROUP BY 1, status, grade, bin")
                .query((rs, n) -> new SummaryTally.Group(longOrNull(rs, "part"), EvaluationStatus.valueOf(rs.getString("status")),
                        emptyAsNull(rs.getString("grade")), binOrNull(rs.getInt("bin")), rs.getInt("tables"),
                        rs.getLong("budgets") == 0 ? null : rs.getBigDecimal("budget"),
                        rs.getLong("executeds") == 0 ? null : rs.getBigDecimal("executed"),
                        rs.getLong("rates") == 0 ? null : rs.getBigDecimal("rate_sum"), rs.getLong("rates"), rs.getLong("unmet"),
                        rs.getLong("gaps") == 0 ? null : rs.getBigDecimal("gap_sum"), rs.getLong("gaps")))
                .list();
    }

    /** The same sums over the tables themselves: what the roll-up must always equal (its tests compare the two). */
    List<SummaryTally.Group> groupsOfTheTables(RecheckConditions where, boolean perChild) {
        String inner = "SELECT " + (perChild ? "c.id" : "CAST(NULL AS BIGINT)") + " AS part, e.status, r.grade, "
                + GapHistogram.sqlBin("r.gap") + " AS bin, r.budget_yuan, r.executed_yuan, r.rate_pct, r.unmet, r.gap"
                + (perChild ? where.fromWhereWithChild() : where.fromWhere());
        return jdbc.sql("""
                SELECT part, status, grade, bin, COUNT(*) AS tables, SUM(budget_yuan) AS budget, SUM(executed_yuan) AS executed,
                       SUM(rate_pct) AS rate_sum, COUNT(rate_pct) AS rates, SUM(unmet) AS unmet, SUM(gap) AS gap_sum,
                       COUNT(gap) AS gaps
                FROM (""" + inner + ") t GROUP BY part, status, grade, bin")
                .query((rs, n) -> new SummaryTally.Group(longOrNull(rs, "part"), EvaluationStatus.valueOf(rs.getString("status")),
                        rs.getString("grade"), intOrNull(rs, "bin"), rs.getInt("tables"), rs.getBigDecimal("budget"),
                        rs.getBigDecimal("executed"), rs.getBigDecimal("rate_sum"), rs.getLong("rates"), rs.getLong("unmet"),
                        rs.getBigDecimal("gap_sum"), rs.getLong("gaps")))
                .list();
    }

    /** The years with tables (drafts included, voided not) in the organisation's subtree, latest first, from the roll-up. */
    List<Integer> years(Scope scope, Organisation org) {
        return jdbc.sql("SELECT DISTINCT budget_year FROM recheck_rollup WHERE organisation_id = " + org.id()
                        + " AND kind = 'S' AND budget_year <> 0 AND tables > 0 AND status IN ("
                        + new RecheckConditions(scope, org, null, true).statuses() + ") ORDER BY budget_year DESC")
                .query(Integer.class).list();
    }

    /** The same from the tables. */
    List<Integer> yearsOfTheTables(Scope scope, Organisation org) {
        return jdbc.sql("SELECT DISTINCT e.budget_year" + new RecheckConditions(scope, org, null, true).fromWhere()
                        + " AND e.budget_year IS NOT NULL ORDER BY e.budget_year DESC")
                .query(Integer.class).list();
    }

    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Integer binOrNull(int bin) {
        return bin < 0 ? null : bin;
    }

    private static StatementSpec code(StatementSpec spec, RecheckQuery q) {
        return q.code() == null ? spec : spec.param("code", q.code());
    }

    private List<RecheckRow> withFindings(List<RecheckRow> rows) {
        Map<Long, List<RecheckRow.FindingRef>> found = new HashMap<>();
        for (int from = 0; from < rows.size(); from += IDS_PER_QUERY) {
            List<Long> ids = rows.subList(from, Math.min(rows.size(), from + IDS_PER_QUERY)).stream().map(RecheckRow::id).toList();
            jdbc.sql("SELECT evaluation_id, code, severity, findings FROM evaluation_finding WHERE evaluation_id IN (:ids)"
                            + " ORDER BY evaluation_id, code, severity")
                    .param("ids", ids)
                    .query(rs -> {
                        found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new RecheckRow.FindingRef(
                                rs.getString(2), Severity.valueOf(rs.getString(3)), rs.getInt(4)));
                    });
        }
        return rows.stream().map(r -> r.withFindings(found.getOrDefault(r.id(), List.of()))).toList();
    }

    private static RecheckRow row(ResultSet rs, CurrencyUnit unit) throws SQLException {
        return new RecheckRow(rs.getLong("id"), intOrNull(rs, "budget_year"), rs.getString("project"),
                rs.getString("department"), rs.getString("unit"), rs.getString("organisation_name"),
                EvaluationStatus.valueOf(rs.getString("status")), score(rs, "self_total"), score(rs, "recomputed_total"),
                score(rs, "rechecked_total"), score(rs, "gap"), rs.getString("reported_grade"), rs.getString("grade"),
                RecheckRow.two(rs.getBigDecimal("rate_pct")), rs.getInt("errors"), rs.getInt("warnings"),
                rs.getInt("notices"), rs.getInt("unmet"),
                RecheckRow.two(CurrencyUnit.YUAN.convert(rs.getBigDecimal("budget_yuan"), unit)),
                RecheckRow.two(CurrencyUnit.YUAN.convert(rs.getBigDecimal("executed_yuan"), unit)), unit, List.of());
    }

    /** A score as the scheme rounded it: the column's trailing zeros dropped, but never fewer than 2 decimals. */
    private static BigDecimal score(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        if (d == null) {
            return null;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 2 ? d.setScale(2) : stripped;
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
