package org.jixiao.server.results;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evaluations a result is read from, in the caller's scope. */
@Repository
class ResultsRepository {
    /** The statuses in which a self-evaluation counts as reviewed: its result stands. */
    static final List<String> REVIEWED = List.of("DEPT_APPROVED", "FINANCE_APPROVED", "PUBLISHED");

    /** An evaluation a result is read from: its project, organisation, status and budget in 元 (exact). */
    record Row(long id, String project, long organisationId, String organisation, String status, BigDecimal budgetYuan,
               BigDecimal gap) {
    }

    private final JdbcClient jdbc;

    ResultsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reviewed evaluations of a year under {@code subtreePattern}, in scope. */
    List<Row> reviewed(int year, Scope scope, String subtreePattern) {
        return jdbc.sql("""
                SELECT e.id, e.project, e.organisation_id, o.name, e.status, r.budget_yuan, r.gap
                FROM evaluation e JOIN organisation o ON o.id = e.organisation_id
                     LEFT JOIN evaluation_recheck r ON r.evaluation_id = e.id
                WHERE e.budget_year = :y AND o.path LIKE :scope AND o.path LIKE :sub AND e.status IN (:st)
                ORDER BY e.project, e.id""")
                .param("y", year).param("scope", scope.pathPattern()).param("sub", subtreePattern).param("st", REVIEWED)
                .query(this::row).list();
    }

    /** The evaluations of an organisation's year (not voided), newest first: the same project is found by name. */
    List<Row> ofOrganisation(long organisationId, int year, Scope scope) {
        return jdbc.sql("""
                SELECT e.id, e.project, e.organisation_id, o.name, e.status, r.budget_yuan, r.gap
                FROM evaluation e JOIN organisation o ON o.id = e.organisation_id
                     LEFT JOIN evaluation_recheck r ON r.evaluation_id = e.id
                WHERE e.organisation_id = :o AND e.budget_year = :y AND o.path LIKE :scope AND e.status <> 'VOIDED'
                ORDER BY e.id DESC""")
                .param("o", organisationId).param("y", year).param("scope", scope.pathPattern())
                .query(this::row).list();
    }

    /** The evaluations made from the organisation's declaration of the project (same 项目代码 or name) and year. */
    List<Long> declared(long organisationId, int year, String identityKey) {
        return jdbc.sql("""
                SELECT x.evaluation_id FROM declaration d JOIN evaluation_declaration x ON x.declaration_id = d.id
                WHERE d.organisation_id = :o AND d.budget_year = :y AND d.identity_key = :k""")
                .param("o", organisationId).param("y", year).param("k", identityKey).query(Long.class).list();
    }

    /** Whether the organisation's declaration of the project and year was approved: the year needed an evaluation. */
    boolean declarationApproved(long organisationId, int year, String identityKey) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM declaration
                WHERE organisation_id = :o AND budget_year = :y AND identity_key = :k AND approved_version IS NOT NULL""")
                .param("o", organisationId).param("y", year).param("k", identityKey).query(Long.class).single() > 0;
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7));
    }
}
