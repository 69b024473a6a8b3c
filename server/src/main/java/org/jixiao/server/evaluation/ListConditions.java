package org.jixiao.server.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.server.org.Scope;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * The WHERE clause of the list, holding only the filters that are set. A clause such as
 * {@code (:year = 0 OR e.budget_year = :year)} cannot use an index once PostgreSQL plans the statement generically,
 * which it does after a few runs; a clause per filter can. The scope's pattern is written into the SQL rather than
 * bound: the planner needs its prefix to pick the path index and to judge how much of the tree it spans, and a
 * {@link Scope} is digits, slashes and a final % by construction.
 */
final class ListConditions {
    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    ListConditions(EvaluationFilter f, Scope scope, String departmentPath) {
        sql.append(" FROM evaluation e JOIN organisation o ON o.id = e.organisation_id WHERE o.path LIKE '")
                .append(scope.pathPattern()).append('\'');
        if (f.year() != null) {
            add("e.budget_year = :year", "year", f.year());
        }
        if (f.unitId() != null) {
            add("e.organisation_id = :unit", "unit", f.unitId());
        }
        if (departmentPath != null) {
            add("o.path LIKE :deptPath", "deptPath", departmentPath);
        }
        List<EvaluationStatus> statuses = f.statuses();
        if (statuses.size() < EvaluationStatus.values().length) {
            add("e.status IN (:statuses)", "statuses", statuses.stream().map(Enum::name).toList());
        }
        if (f.grade() != null) {
            add("e.score_grade = :grade", "grade", f.grade());
        }
        if (f.schemeId() != null) {
            add("e.scheme_id = :scheme", "scheme", f.schemeId());
        }
        if (f.query() != null) {
            add("LOWER(e.project) LIKE :q ESCAPE '\\'", "q",
                    "%" + EvaluationRepository.likeEscape(f.query().toLowerCase(Locale.ROOT)) + "%");
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
