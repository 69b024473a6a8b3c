package org.jixiao.core.results;

import java.time.LocalDate;
import org.jixiao.core.text.Messages;

/**
 * 整改通知 (lifecycle §6): what finance asks a unit to put right, and where it stands. 草稿 → 已下达 → 已反馈 →
 * 已通过, or 退回 back to the unit, which answers again.
 *
 * @param source       what it comes from
 * @param title        标题
 * @param requirement  整改要求和建议
 * @param deadline     the date the answer is due
 * @param budgetAdvice 预算调整建议, "" where none
 * @param state        where it stands
 */
public record Rectification(Source source, String title, String requirement, LocalDate deadline, String budgetAdvice,
                            State state) {

    public enum Source { MONITORING, SELF_EVALUATION, RECHECK_FINDING, EVALUATION }

    public enum State {
        DRAFT("草稿"), ISSUED("已下达"), ANSWERED("已反馈"), ACCEPTED("已通过"), RETURNED("已退回");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Step { ISSUE, ANSWER, ACCEPT, RETURN }

    public Rectification {
        if (title == null || title.isBlank() || requirement == null || requirement.isBlank() || deadline == null) {
            throw new IllegalArgumentException(Messages.CORE.both("rectification.incomplete"));
        }
        budgetAdvice = budgetAdvice == null ? "" : budgetAdvice.strip();
        state = state == null ? State.DRAFT : state;
    }

    /** The notice after a step; a step its state does not allow is refused, naming both. */
    public Rectification after(Step step) {
        State next = switch (step) {
            case ISSUE -> state == State.DRAFT ? State.ISSUED : null;
            case ANSWER -> state == State.ISSUED || state == State.RETURNED ? State.ANSWERED : null;
            case ACCEPT -> state == State.ANSWERED ? State.ACCEPTED : null;
            case RETURN -> state == State.ANSWERED ? State.RETURNED : null;
        };
        if (next == null) {
            throw new IllegalStateException(Messages.CORE.zh("rectification.step_refused", state.label(), step) + " / "
                    + Messages.CORE.en("rectification.step_refused", state, step));
        }
        return new Rectification(source, title, requirement, deadline, budgetAdvice, next);
    }

    /** Overdue: issued or returned, not answered by the deadline. */
    public boolean isOverdue(LocalDate today) {
        return (state == State.ISSUED || state == State.RETURNED) && today.isAfter(deadline);
    }
}
