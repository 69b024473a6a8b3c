package org.jixiao.server.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.server.common.ContainsPattern;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The WHERE clause of the list, holding only the filters that are set. A clause such as
 * {@code (:year = 0 OR e.budget_year = :year)} cannot use an index once PostgreSQL plans the statement generically,
 * which it does after a few runs; a clause per filter can. The scope, the year and the statuses are written into the
 * SQL rather than bound: the plan depends on them (a scope's prefix picks the path index and says how much of the
 * tree it spans; 被退回 in one year is a few hundred rows to sort, 已审核 thousands to walk newest first), and they
 * cannot carry SQL — a {@link Scope} is digits, slashes and a final %, a year an Integer, a status an enum constant.
 * Words typed by people (grade, scheme, search) stay bound.
 */
final class ListConditions {
    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    ListConditions(EvaluationFilter f, Scope scope, String departmentPath) {
        sql.append(" FROM evaluation e JOIN organisation o ON o.id = e.organisation_id WHERE o.path LIKE '")
                .append(scope.pathPattern()).append('\'');
        if (f.year() != null) {
            sql.append(" AND e.budget_year = ").append(f.year().intValue());
        }
        if (f.unitId() != null) {
            add("e.organisation_id = :unit", "unit", f.unitId());
        }
        if (departmentPath != null) {
            add("o.path LIKE :deptPath", "deptPath", departmentPath);
        }
        List<EvaluationStatus> statuses = f.statuses();
        if (statuses.size() < EvaluationStatus.values().length) {
            sql.append(" AND e.status IN (")
                    .append(statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "))).append(')');
        }
        if (f.grade() != null) {
            add("e.score_grade = :grade", "grade", f.grade());
        }
        if (f.schemeId() != null) {
            add("e.scheme_id = :scheme", "scheme", f.schemeId());
        }
        if (f.query() != null) {
            add("LOWER(e.project) LIKE :q" + ContainsPattern.ESCAPE, "q", ContainsPattern.of(f.query()));
        }
    }

    private void add(String condition, String name, Object value) {
        sql.append(" AND ").append(condition);
        params.put(name, value);
    }

    /** FROM … WHERE …, to follow a SELECT list. */
    String fromWhere() {
        return sql.toString();
    }

    StatementSpec bind(StatementSpec spec) {
        params.forEach(spec::param);
        return spec;
    }
}
