package org.jixiao.server.recheck;

import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.core.checks.Severity;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.Scope;

/**
 * FROM … WHERE of a 复核 list or summary: the evaluations of an organisation's subtree and year, always within the
 * caller's scope too, so an organisation looked up by mistake outside it still yields nothing. As for the evaluation
 * list (ListConditions), the scope, subtree and year are written into the SQL because the plan depends on them; each
 * is a validated path pattern or an Integer. The figures are joined, not required: an evaluation whose figures are
 * not derived yet is still counted.
 */
final class RecheckConditions {
    private static final String FROM = " FROM evaluation e JOIN organisation o ON o.id = e.organisation_id"
            + " LEFT JOIN evaluation_recheck r ON r.evaluation_id = e.id";
    private final Organisation org;
    private final Integer year;
    private final List<EvaluationStatus> counted;
    private final String where;
    private final String sql;
    private final String contributions;

    /**
     * @param drafts whether tables still being filled (草稿, 被退回) count too; a voided one never does. Submitted
     *               tables are what a department's figures are made of: blank drafts and duplicates would be junk.
     */
    RecheckConditions(Scope scope, Organisation org, Integer year, boolean drafts) {
        this.org = org;
        this.year = year;
        this.counted = drafts ? EvaluationStatus.NOT_VOIDED : EvaluationStatus.SUBMITTED_AND_AFTER;
        this.where = " WHERE o.path LIKE '" + scope.pathPattern() + "' AND o.path LIKE '"
                + Scope.subtreeOf(org.path()).pathPattern() + "'"
                + (year == null ? "" : " AND e.budget_year = " + year.intValue())
                + " AND e.status IN (" + statuses() + ")";
        this.sql = FROM + where;
        this.contributions = " FROM recheck_contribution k JOIN evaluation e ON e.id = k.evaluation_id"
                + " JOIN organisation o ON o.id = e.organisation_id LEFT JOIN evaluation_recheck r ON r.evaluation_id = e.id"
                + " WHERE k.org_path LIKE '" + scope.pathPattern() + "' AND k.org_path LIKE '"
                + Scope.subtreeOf(org.path()).pathPattern() + "'"
                + (year == null ? "" : " AND k.budget_year = " + year.intValue())
                + " AND k.status IN (" + statuses() + ")";
    }

    /** The statuses counted, as SQL literals (enum names). */
    String statuses() {
        return counted.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
    }

    Organisation org() {
        return org;
    }

    Integer year() {
        return year;
    }

    /**
     * FROM … WHERE over {@code recheck_contribution k} (joined to e, o and r for the columns shown), for the ranked
     * list: its (budget_year, gap) index gives the rows in rank order. The organisation's subtree lies within the
     * scope (it was found in it), and the path is checked against both as above.
     */
    String fromContributions(String code, Severity severity) {
        return contributions + findings(code, severity, "k.evaluation_id");
    }

    private static String findings(String code, Severity severity, String id) {
        if (code == null && severity == null) {
            return "";
        }
        return " AND EXISTS (SELECT 1 FROM evaluation_finding f WHERE f.evaluation_id = " + id
                + (code == null ? "" : " AND f.code = :code")
                + (severity == null ? "" : " AND f.severity = '" + severity.name() + "'") + ")";
    }

    String fromWhere() {
        return sql;
    }

    /** The same with {@code c}, the child organisation whose subtree holds each table (null: none, the table is the organisation's own). */
    String fromWhereWithChild() {
        return FROM + " LEFT JOIN organisation c ON c.parent_id = " + org.id() + " AND o.path LIKE c.path || '%'" + where;
    }

    /** The same, narrowed to tables with a finding of the code (bound as :code) and severity, where given. */
    String fromWhere(String code, Severity severity) {
        return sql + findings(code, severity, "e.id");
    }
}
