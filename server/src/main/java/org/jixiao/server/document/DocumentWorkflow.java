package org.jixiao.server.document;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.jixiao.server.workflow.Transition;

/**
 * The step rules every document shares with the evaluations (lifecycle §7): the same {@link Transition}s, each
 * taken only by its role, from its statuses; nobody approves their own submission; a return needs an opinion; a
 * step over another version than the one read is a conflict. Each kind names the steps it has.
 */
public final class DocumentWorkflow {
    /**
     * 送审, 取消送审, 主管部门 通过 / 退回 / 取消审核, 财政 通过 (终审) / 退回: a document reviewed by the department, then by
     * finance, whose approval is final.
     */
    public static final Set<Transition> DEPARTMENT_THEN_FINANCE = Set.of(Transition.SUBMIT, Transition.CANCEL_SUBMISSION,
            Transition.DEPT_APPROVE, Transition.DEPT_RETURN, Transition.DEPT_CANCEL_APPROVAL, Transition.FINANCE_APPROVE,
            Transition.FINANCE_RETURN);

    private DocumentWorkflow() {
    }

    /**
     * Checks that {@code user} may take {@code action} on the document now.
     *
     * @param version the version the caller read, null for the current one
     * @return the opinion as recorded: stripped, null when blank
     * @throws ForbiddenException        not this person's step, or their own submission
     * @throws WorkflowException         not from this status, or an opinion missing or too long
     * @throws DocumentConflictException the document changed since {@code version}
     */
    public static String check(DocumentState state, Set<Transition> steps, Transition action, String opinion,
                               Integer version, CurrentUser user) {
        if (action == null || !steps.contains(action)) {
            throw new WorkflowException("error.stepNotAllowed");
        }
        Policies.takesStepsOf(action.role()).decide(user).orThrow();
        if (!action.startsFrom(state.status())) {
            throw new WorkflowException("error.stepNotAllowed");
        }
        if (action.isApproval()) {
            Policies.NOT_OWN_SUBMISSION.decide(user, state.facts())
                    .orThrow("document.error.ownSubmission", "error.stepNotAllowed");
        }
        String text = opinion == null ? null : opinion.strip();
        if (action.needsOpinion() && (text == null || text.isEmpty())) {
            throw new WorkflowException("error.opinionRequired");
        }
        if (text != null && text.length() > 4000) {
            throw new WorkflowException("validation.opinionTooLong");
        }
        if (version != null && version != state.version()) {
            throw new DocumentConflictException(state.ref(), version);
        }
        return text == null || text.isEmpty() ? null : text;
    }

    /** The steps this person could take on the document now, in the vocabulary's order. */
    public static List<Transition> available(DocumentState state, Set<Transition> steps, CurrentUser user) {
        return Arrays.stream(Transition.values())
                .filter(steps::contains)
                .filter(t -> Policies.takesStepsOf(t.role()).decide(user).allowed() && t.startsFrom(state.status()))
                .filter(t -> !t.isApproval() || Policies.NOT_OWN_SUBMISSION.decide(user, state.facts()).allowed())
                .toList();
    }
}
