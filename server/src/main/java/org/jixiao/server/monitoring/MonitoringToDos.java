package org.jixiao.server.monitoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Role;
import org.jixiao.server.workbench.ToDoSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 and 已办 of monitoring reports, within the person's scope: a filler's reports to fill or returned, the
 * department's to review, finance's to approve; each due by its round's deadline (overdue ones shown as such).
 */
@Component
@Order(20)
class MonitoringToDos implements ToDoSource {
    static final int SHOWN = 10;
    private final MonitoringRepository repository;
    private final JdbcClient jdbc;

    MonitoringToDos(MonitoringRepository repository, JdbcClient jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public List<ToDo> toDos(CurrentUser user) {
        List<ToDo> lines = new ArrayList<>();
        if (user.is(Role.FILLER)) {
            lines.add(line(user, List.of(EvaluationStatus.DRAFT, EvaluationStatus.RETURNED), "workbench.todo.monitoringToFill"));
        } else if (user.is(Role.DEPT_REVIEWER)) {
            lines.add(line(user, List.of(EvaluationStatus.SUBMITTED), "workbench.todo.monitoringToReview"));
        } else if (user.is(Role.FINANCE_REVIEWER)) {
            lines.add(line(user, List.of(EvaluationStatus.DEPT_APPROVED), "workbench.todo.monitoringToReview"));
        }
        return lines.stream().filter(l -> l.count() > 0).toList();
    }

    private ToDo line(CurrentUser user, List<EvaluationStatus> statuses, String key) {
        long count = repository.countInStatus(user.scope(), statuses);
        List<Item> items = count == 0 ? List.of() : repository.inStatus(user.scope(), statuses, SHOWN).stream()
                .map(r -> new Item(r.project(), "/monitoring/reports/" + r.id(), r.organisationName(), r.updatedAt(),
                        r.deadline(), null))
                .toList();
        return new ToDo(key, count, "/monitoring", items);
    }

    @Override
    public List<Done> done(CurrentUser user, int limit) {
        return jdbc.sql("""
                        SELECT w.action, w.acted_at, r.id, r.project FROM workflow_step w
                        JOIN monitoring_report r ON w.document_kind = 'MONITORING_REPORT' AND r.id = w.document_id
                        JOIN organisation o ON o.id = r.organisation_id
                        WHERE w.actor_id = :me AND o.path LIKE :scope ORDER BY w.id DESC LIMIT :limit""")
                .param("me", user.id()).param("scope", user.scope().pathPattern()).param("limit", limit)
                .query((rs, n) -> new Done("action." + rs.getString("action"), rs.getString("project"),
                        "/monitoring/reports/" + rs.getLong("id"), rs.getObject("acted_at", OffsetDateTime.class)))
                .list();
    }
}
