package org.jixiao.server.workflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.server.evaluation.Points;
import org.jixiao.server.evaluation.Recheck;

/** A workflow step as posted: the step, the opinion, the version seen, and the finance re-check per indicator. */
public class WorkflowForm {
    @NotNull(message = "{validation.required}")
    private Transition action;
    @Size(max = 4000, message = "{validation.opinionTooLong}")
    private String opinion;
    private Integer version;
    /** On the web: 送审's warnings were shown and the filler submits anyway, or 公开 was confirmed. */
    private boolean confirmed;
    @Size(max = 200, message = "{validation.tooManyRows}")
    private List<@Valid RecheckForm> rechecks = new ArrayList<>();
    /** The re-check of the budget-execution row; {@code rechecks[i]} stays the re-check of {@code indicators[i]}. */
    @Valid
    private RecheckForm budgetRecheck;

    /** The re-check of one indicator. */
    public static class RecheckForm {
        @Points
        private BigDecimal score;
        @Points
        private BigDecimal deduction;
        @Size(max = 4000, message = "{validation.tooLong}")
        private String note;

        public BigDecimal getScore() { return score; }
        public void setScore(BigDecimal score) { this.score = score; }
        public BigDecimal getDeduction() { return deduction; }
        public void setDeduction(BigDecimal deduction) { this.deduction = deduction; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }

        Recheck toRecheck() {
            return new Recheck(score, deduction, note == null || note.isBlank() ? null : note.strip());
        }
    }

    public List<Recheck> toRechecks() {
        return rechecks.stream().map(r -> r == null ? Recheck.NONE : r.toRecheck()).toList();
    }

    public Recheck toBudgetRecheck() {
        return budgetRecheck == null ? Recheck.NONE : budgetRecheck.toRecheck();
    }

    public RecheckForm getBudgetRecheck() { return budgetRecheck; }
    public void setBudgetRecheck(RecheckForm budgetRecheck) { this.budgetRecheck = budgetRecheck; }
    public Transition getAction() { return action; }
    public void setAction(Transition action) { this.action = action; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public List<RecheckForm> getRechecks() { return rechecks; }
    public void setRechecks(List<RecheckForm> rechecks) { this.rechecks = rechecks == null ? new ArrayList<>() : rechecks; }
}
