package org.jixiao.server.document;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The step record of every document (who, when, from, to, opinion) in the evaluations' append-only
 * {@code workflow_step}, each row naming its document by kind and id. Insert and read, nothing else.
 */
@Repository
public class DocumentSteps {
    private final JdbcClient jdbc;

    public DocumentSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(DocumentRef doc, Transition action, EvaluationStatus from, EvaluationStatus to, long actorId,
                       String actorName, OffsetDateTime at, String opinion) {
        boolean evaluation = doc.kind() == DocumentKind.EVALUATION;
        jdbc.sql("""
                INSERT INTO workflow_step (evaluation_id, document_kind, document_id, action, from_status, to_status,
                    actor_id, actor_name, acted_at, opinion)
                VALUES (:e, :k, :d, :a, :f, :t, :actor, :name, :at, :o)""")
                .param("e", evaluation ? doc.id() : null).param("k", doc.kind().name())
                .param("d", evaluation ? null : doc.id())
                .param("a", action.name()).param("f", from.name()).param("t", to.name())
                .param("actor", actorId).param("name", actorName).param("at", at).param("o", opinion)
                .update();
    }

    /** The steps of one document, oldest first. The caller has checked the document is in scope. */
    public List<WorkflowStep> of(DocumentRef doc) {
        String where = doc.kind() == DocumentKind.EVALUATION ? "evaluation_id = :id"
                : "document_kind = :k AND document_id = :id";
        return jdbc.sql("SELECT id, action, from_status, to_status, actor_id, actor_name, acted_at, opinion"
                        + " FROM workflow_step WHERE " + where + " ORDER BY id")
                .param("id", doc.id()).param("k", doc.kind().name())
                .query((rs, n) -> new WorkflowStep(rs.getLong(1), Transition.valueOf(rs.getString(2)),
                        EvaluationStatus.valueOf(rs.getString(3)), EvaluationStatus.valueOf(rs.getString(4)), rs.getLong(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8)))
                .list();
    }
}
