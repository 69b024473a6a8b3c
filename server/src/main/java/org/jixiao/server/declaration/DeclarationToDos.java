package org.jixiao.server.declaration;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.jixiao.server.workbench.ToDoSource;
import org.jixiao.server.workflow.Transition;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 待办 and 已办 of declarations (绩效目标申报) and their adjustments, within the person's scope: each line waits for
 * the step its status allows and the person may take (Policies): 送审 of drafts and returned ones (with the opinion)
 * for fillers, the department's review, finance's approval. Oldest first; declarations have no deadline of jixiao's.
 */
@Component
@Order(10)
class DeclarationToDos implements ToDoSource {
    static final int SHOWN = 10;
    private final JdbcClient jdbc;

    DeclarationToDos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One kind of document: its table, how a row names its project, the page of one, the list of all. */
    private record Kind(String name, String from, String page, String list) {
    }

    private static final Kind DECLARATIONS = new Kind("DECLARATION",
            " FROM declaration x JOIN organisation o ON o.id = x.organisation_id", "/declarations/", "/declarations");
    private static final Kind ADJUSTMENTS = new Kind("ADJUSTMENT",
            " FROM declaration_adjustment x JOIN declaration d ON d.id = x.declaration_id"
                    + " JOIN organisation o ON o.id = d.organisation_id", "/adjustments/", "/declarations?tab=REVIEWED");

    @Override
    public List<ToDo> toDos(CurrentUser user) {
        List<ToDo> lines = new ArrayList<>();
        if (Policies.takesStepsOf(Transition.SUBMIT.role()).decide(user).allowed()) {
            lines.add(line(user, DECLARATIONS, EvaluationStatus.RETURNED, "workbench.todo.declarationsReturned", "/declarations?tab=RETURNED"));
            lines.add(line(user, DECLARATIONS, EvaluationStatus.DRAFT, "workbench.todo.declarationsToFill", "/declarations?tab=DRAFT"));
            lines.add(line(user, ADJUSTMENTS, EvaluationStatus.RETURNED, "workbench.todo.adjustmentsReturned", ADJUSTMENTS.list()));
            lines.add(line(user, ADJUSTMENTS, EvaluationStatus.DRAFT, "workbench.todo.adjustmentsToFill", ADJUSTMENTS.list()));
        }
        if (Policies.takesStepsOf(Transition.DEPT_APPROVE.role()).decide(user).allowed()) {
            lines.add(line(user, DECLARATIONS, EvaluationStatus.SUBMITTED, "workbench.todo.declarationsToReview", "/declarations?tab=IN_REVIEW"));
            lines.add(line(user, ADJUSTMENTS, EvaluationStatus.SUBMITTED, "workbench.todo.adjustmentsToReview", ADJUSTMENTS.list()));
        }
        if (Policies.takesStepsOf(Transition.FINANCE_APPROVE.role()).decide(user).allowed()) {
            lines.add(line(user, DECLARATIONS, EvaluationStatus.DEPT_APPROVED, "workbench.todo.declarationsToApprove", "/declarations?tab=IN_REVIEW"));
            lines.add(line(user, ADJUSTMENTS, EvaluationStatus.DEPT_APPROVED, "workbench.todo.adjustmentsToApprove", ADJUSTMENTS.list()));
        }
        return lines.stream().filter(l -> l.count() > 0).toList();
    }

    private ToDo line(CurrentUser user, Kind kind, EvaluationStatus status, String key, String link) {
        String where = kind.from() + " WHERE o.path LIKE :scope AND x.status = :status";
        long count = jdbc.sql("SELECT COUNT(*)" + where).param("scope", user.scope().pathPattern())
                .param("status", status.name()).query(Long.class).single();
        boolean returned = status == EvaluationStatus.RETURNED;
        List<Item> items = count == 0 ? List.of() : jdbc.sql("SELECT x.id, " + project(kind) + " AS project,"
                        + " o.name AS org, x.updated_at, (SELECT w.opinion FROM workflow_step w WHERE w.document_kind = :kind"
                        + " AND w.document_id = x.id AND w.to_status = 'RETURNED' ORDER BY w.id DESC LIMIT 1) AS opinion"
                        + where + " ORDER BY x.updated_at ASC, x.id ASC LIMIT " + SHOWN)
                .param("scope", user.scope().pathPattern()).param("status", status.name()).param("kind", kind.name())
                .query((rs, n) -> new Item(rs.getString("project"), kind.page() + rs.getLong("id")
                        + (returned && kind == DECLARATIONS ? "?tab=review" : ""), rs.getString("org"),
                        rs.getObject("updated_at", OffsetDateTime.class), null, returned ? rs.getString("opinion") : null))
                .list();
        return new ToDo(key, count, link, items);
    }

    private static String project(Kind kind) {
        return kind == DECLARATIONS ? "x.project" : "d.project";
    }

    @Override
    public List<Done> done(CurrentUser user, int limit) {
        return jdbc.sql("""
                        SELECT w.action, w.acted_at, w.document_kind, w.document_id, d.project FROM workflow_step w
                        LEFT JOIN declaration_adjustment a ON w.document_kind = 'ADJUSTMENT' AND a.id = w.document_id
                        JOIN declaration d ON d.id = CASE WHEN w.document_kind = 'DECLARATION' THEN w.document_id ELSE a.declaration_id END
                        JOIN organisation o ON o.id = d.organisation_id
                        WHERE w.document_kind IN ('DECLARATION', 'ADJUSTMENT') AND w.actor_id = :me AND o.path LIKE :scope
                        ORDER BY w.id DESC LIMIT :limit""")
                .param("me", user.id()).param("scope", user.scope().pathPattern()).param("limit", limit)
                .query((rs, n) -> new Done("declaration.action." + rs.getString("action"), rs.getString("project"),
                        ("DECLARATION".equals(rs.getString("document_kind")) ? DECLARATIONS.page() : ADJUSTMENTS.page())
                                + rs.getLong("document_id"), rs.getObject("acted_at", OffsetDateTime.class)))
                .list();
    }
}
