package org.jixiao.server.workbench;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Role;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 and 已办 of self-evaluations, within the person's scope: a filler's tables returned to them (with the opinion)
 * and still to fill; a department reviewer's tables to review; finance's tables to re-check (复核) and to publish.
 * Oldest first, each with the day it is due ({@link Deadlines}).
 */
@Component
@Order(0)
class EvaluationToDos implements ToDoSource {
    static final int SHOWN = 10;
    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    EvaluationToDos(JdbcClient jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @Override
    public List<ToDo> toDos(CurrentUser user) {
        List<ToDo> lines = new ArrayList<>();
        if (user.is(Role.FILLER)) {
            lines.add(line(user, EvaluationStatus.RETURNED, "workbench.todo.returned", "/evaluations?tab=RETURNED"));
            lines.add(line(user, EvaluationStatus.DRAFT, "workbench.todo.toFill", "/evaluations?tab=DRAFT"));
        } else if (user.is(Role.DEPT_REVIEWER)) {
            lines.add(line(user, EvaluationStatus.SUBMITTED, "workbench.todo.toReview", "/evaluations/review"));
        } else if (user.is(Role.FINANCE_REVIEWER)) {
            lines.add(line(user, EvaluationStatus.DEPT_APPROVED, "workbench.todo.toRecheck", "/evaluations/review"));
            lines.add(line(user, EvaluationStatus.FINANCE_APPROVED, "workbench.todo.toPublish", "/evaluations?tab=REVIEWED"));
        }
        return lines;
    }

    private ToDo line(CurrentUser user, EvaluationStatus status, String key, String link) {
        String where = " FROM evaluation e JOIN organisation o ON o.id = e.organisation_id WHERE o.path LIKE :scope"
                + " AND e.status = :status";
        long count = jdbc.sql("SELECT COUNT(*)" + where).param("scope", user.scope().pathPattern())
                .param("status", status.name()).query(Long.class).single();
        List<Item> items = count == 0 ? List.of() : jdbc.sql("""
                        SELECT e.id, e.project, o.name AS org, e.updated_at, e.budget_year,
                               (SELECT w.opinion FROM workflow_step w WHERE w.evaluation_id = e.id AND w.to_status = 'RETURNED'
                                ORDER BY w.id DESC LIMIT 1) AS opinion""" + where
                        + " ORDER BY e.updated_at ASC, e.id ASC LIMIT " + SHOWN)
                .param("scope", user.scope().pathPattern()).param("status", status.name())
                .query((rs, n) -> {
                    int y = rs.getInt("budget_year");
                    Integer year = rs.wasNull() ? null : y;
                    return new Item(rs.getString("project"), "/evaluations/" + rs.getLong("id")
                            + (status == EvaluationStatus.RETURNED ? "?tab=review" : ""), rs.getString("org"),
                            rs.getObject("updated_at", OffsetDateTime.class), deadlines.of(year),
                            status == EvaluationStatus.RETURNED ? rs.getString("opinion") : null);
                })
                .list();
        return new ToDo(key, count, link, items);
    }

    @Override
    public List<Done> done(CurrentUser user, int limit) {
        return jdbc.sql("""
                        SELECT w.action, w.acted_at, e.id, e.project FROM workflow_step w JOIN evaluation e ON e.id = w.evaluation_id
                        JOIN organisation o ON o.id = e.organisation_id
                        WHERE w.actor_id = :me AND o.path LIKE :scope ORDER BY w.id DESC LIMIT :limit""")
                .param("me", user.id()).param("scope", user.scope().pathPattern()).param("limit", limit)
                .query((rs, n) -> new Done("action." + rs.getString("action"), rs.getString("project"),
                        "/evaluations/" + rs.getLong("id") + "?tab=review", rs.getObject("acted_at", OffsetDateTime.class)))
                .list();
    }
}
