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
    private final String where;
    private final String sql;

    /**
     * @param drafts whether tables still being filled (草稿, 被退回) count too; a voided one never does. Submitted
     *               tables are what a department's figures are made of: blank drafts and duplicates would be junk.
     */
    RecheckConditions(Scope scope, Organisation org, Integer year, boolean drafts) {
        this.org = org;
        List<EvaluationStatus> counted = drafts ? EvaluationStatus.NOT_VOIDED : EvaluationStatus.SUBMITTED_AND_AFTER;
        this.where = " WHERE o.path LIKE '" + scope.pathPattern() + "' AND o.path LIKE '"
                + Scope.subtreeOf(org.path()).pathPattern() + "'"
                + (year == null ? "" : " AND e.budget_year = " + year.intValue())
                + " AND e.status IN (" + counted.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";
        this.sql = FROM + where;
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
        if (code == null && severity == null) {
            return sql;
        }
        return sql + " AND EXISTS (SELECT 1 FROM evaluation_finding f WHERE f.evaluation_id = e.id"
                + (code == null ? "" : " AND f.code = :code")
                + (severity == null ? "" : " AND f.severity = '" + severity.name() + "'") + ")";
    }
}
