package org.jixiao.server.evaluation;

import java.util.List;

/**
 * Where an evaluation is in its workflow (草稿 → 已送审 → 主管部门已审核 → 财政已复核 → 已公开; 被退回; 已作废: a draft
 * voided, kept in the history, gone from lists and figures until an administrator restores it).
 */
public enum EvaluationStatus {
    DRAFT, SUBMITTED, DEPT_APPROVED, FINANCE_APPROVED, PUBLISHED, RETURNED, VOIDED;

    /** What 复核 and 概览 count unless drafts are asked for: the tables submitted, not those still being filled. */
    public static final List<EvaluationStatus> SUBMITTED_AND_AFTER = List.of(SUBMITTED, DEPT_APPROVED, FINANCE_APPROVED, PUBLISHED);
    /** What 复核 and 概览 count when drafts are asked for: everything but the voided. */
    public static final List<EvaluationStatus> NOT_VOIDED = List.of(DRAFT, SUBMITTED, DEPT_APPROVED, FINANCE_APPROVED,
            PUBLISHED, RETURNED);

    /**
     * Whether finance's re-check is what a table in this status stands at: from 复核通过 on, through 公开. A table
     * whose approval finance cancelled, or returned since, keeps the re-check entries for the next approval, but they
     * count for nothing until then.
     */
    public boolean holdsRecheck() {
        return this == FINANCE_APPROVED || this == PUBLISHED;
    }

    /** Only a draft or a returned evaluation can be changed; a submitted one is locked. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The list tabs people know: 草稿 / 已送审 / 已审核 / 被退回. */
    public enum Tab {
        DRAFT(List.of(EvaluationStatus.DRAFT)),
        IN_REVIEW(List.of(SUBMITTED, DEPT_APPROVED)),
        REVIEWED(List.of(FINANCE_APPROVED, PUBLISHED)),
        RETURNED(List.of(EvaluationStatus.RETURNED));

        private final List<EvaluationStatus> statuses;

        Tab(List<EvaluationStatus> statuses) {
            this.statuses = statuses;
        }

        public List<EvaluationStatus> statuses() {
            return statuses;
        }
    }
}
