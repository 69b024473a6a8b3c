package org.jixiao.server.workflow;

import static org.jixiao.server.evaluation.EvaluationStatus.DEPT_APPROVED;
import static org.jixiao.server.evaluation.EvaluationStatus.DRAFT;
import static org.jixiao.server.evaluation.EvaluationStatus.FINANCE_APPROVED;
import static org.jixiao.server.evaluation.EvaluationStatus.PUBLISHED;
import static org.jixiao.server.evaluation.EvaluationStatus.RETURNED;
import static org.jixiao.server.evaluation.EvaluationStatus.SUBMITTED;
import static org.jixiao.server.evaluation.EvaluationStatus.VOIDED;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.org.Role;

/**
 * Every step of the review, with who may take it, from where to where, and whether an opinion is required:
 * 送审, 取消送审, 主管部门 通过 / 退回 / 取消审核, 财政 复核通过 / 退回 / 取消审核, 公开 / 撤回公开, 作废 / 恢复.
 */
public enum Transition {
    SUBMIT(Role.FILLER, Set.of(DRAFT, RETURNED), SUBMITTED, false),
    CANCEL_SUBMISSION(Role.FILLER, Set.of(SUBMITTED), DRAFT, false),
    DEPT_APPROVE(Role.DEPT_REVIEWER, Set.of(SUBMITTED), DEPT_APPROVED, false),
    DEPT_RETURN(Role.DEPT_REVIEWER, Set.of(SUBMITTED), RETURNED, true),
    DEPT_CANCEL_APPROVAL(Role.DEPT_REVIEWER, Set.of(DEPT_APPROVED), SUBMITTED, false),
    FINANCE_APPROVE(Role.FINANCE_REVIEWER, Set.of(DEPT_APPROVED), FINANCE_APPROVED, false),
    FINANCE_RETURN(Role.FINANCE_REVIEWER, Set.of(DEPT_APPROVED), RETURNED, true),
    FINANCE_CANCEL_APPROVAL(Role.FINANCE_REVIEWER, Set.of(FINANCE_APPROVED), DEPT_APPROVED, false),
    PUBLISH(Role.FINANCE_REVIEWER, Set.of(FINANCE_APPROVED), PUBLISHED, false),
    /** 撤回公开: finance takes a published table off 公开, back to 财政已复核. */
    WITHDRAW_PUBLICATION(Role.FINANCE_REVIEWER, Set.of(PUBLISHED), FINANCE_APPROVED, false),
    /** 作废: a draft made by mistake (blank, or a duplicate) leaves lists and figures, kept in the history. */
    VOID(Role.FILLER, Set.of(DRAFT), VOIDED, false),
    /** An administrator brings a voided draft back. */
    RESTORE(Role.ADMIN, Set.of(VOIDED), DRAFT, false);

    private final Role role;
    private final Set<EvaluationStatus> from;
    private final EvaluationStatus to;
    private final boolean needsOpinion;

    Transition(Role role, Set<EvaluationStatus> from, EvaluationStatus to, boolean needsOpinion) {
        this.role = role;
        this.from = from;
        this.to = to;
        this.needsOpinion = needsOpinion;
    }

    public Role role() {
        return role;
    }

    public EvaluationStatus to() {
        return to;
    }

    public boolean needsOpinion() {
        return needsOpinion;
    }

    public boolean isApproval() {
        return this == DEPT_APPROVE || this == FINANCE_APPROVE || this == PUBLISH;
    }

    public boolean startsFrom(EvaluationStatus status) {
        return from.contains(status);
    }

    /** The steps a person of this role could take on an evaluation in this status. */
    public static List<Transition> available(Role role, EvaluationStatus status) {
        return Arrays.stream(values()).filter(t -> t.role == role && t.startsFrom(status)).toList();
    }
}
