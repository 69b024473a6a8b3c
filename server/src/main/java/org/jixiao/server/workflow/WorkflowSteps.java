package org.jixiao.server.workflow;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps of every evaluation's review. Append-only: insert and read, nothing else. */
@Repository
public class WorkflowSteps {
    private final JdbcClient jdbc;

    public WorkflowSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(long evaluationId, Transition action, EvaluationStatus from, long actorId, String actorName,
                       OffsetDateTime at, String opinion) {
        jdbc.sql("""
                INSERT INTO workflow_step (evaluation_id, action, from_status, to_status, actor_id, actor_name, acted_at, opinion)
                VALUES (:e, :a, :f, :t, :actor, :name, :at, :o)""")
                .param("e", evaluationId).param("a", action.name()).param("f", from.name()).param("t", action.to().name())
                .param("actor", actorId).param("name", actorName).param("at", at).param("o", opinion)
                .update();
    }

    /** The steps of one evaluation, oldest first. The caller has checked the evaluation is in scope. */
    public List<WorkflowStep> of(long evaluationId) {
        return jdbc.sql("""
                SELECT id, action, from_status, to_status, actor_id, actor_name, acted_at, opinion
                FROM workflow_step WHERE evaluation_id = :e ORDER BY id""")
                .param("e", evaluationId)
                .query((rs, n) -> new WorkflowStep(rs.getLong(1), Transition.valueOf(rs.getString(2)),
                        EvaluationStatus.valueOf(rs.getString(3)), EvaluationStatus.valueOf(rs.getString(4)), rs.getLong(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8)))
                .list();
    }
}
