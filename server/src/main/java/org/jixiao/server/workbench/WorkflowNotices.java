package org.jixiao.server.workbench;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jixiao.server.workflow.WorkflowStepTaken;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 站内消息 of the review: a table returned (with the opinion), approved by the department, re-checked by finance or
 * published goes to whoever submitted it and to the other fillers of its unit — in the step's own transaction, so a
 * step undone by an error sends nothing.
 */
@Component
class WorkflowNotices {
    private final Inbox inbox;
    private final JdbcClient jdbc;

    WorkflowNotices(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(WorkflowStepTaken step) {
        Message.Kind kind = switch (step.action()) {
            case DEPT_RETURN, FINANCE_RETURN -> Message.Kind.RETURNED;
            case DEPT_APPROVE -> Message.Kind.APPROVED;
            case FINANCE_APPROVE -> Message.Kind.RECHECKED;
            case PUBLISH -> Message.Kind.PUBLISHED;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        Set<Long> to = new LinkedHashSet<>();
        if (step.submittedBy() != null) {
            to.add(step.submittedBy());
        }
        to.addAll(jdbc.sql("SELECT id FROM app_user WHERE organisation_id = :org AND role = 'FILLER' AND enabled ORDER BY id")
                .param("org", step.organisationId()).query(Long.class).list());
        to.remove(step.actorId());
        inbox.send(to, kind, "EVALUATION", step.evaluationId(), step.project(), step.opinion(), step.year(), step.actorId(),
                step.actorName());
    }
}
