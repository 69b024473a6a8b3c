package org.jixiao.server.evaluation;

import java.math.BigDecimal;
import org.jixiao.core.scoring.FinanceRecheck;

/** The finance reviewer's re-check of one indicator (复核): the score they give, the deduction, why. */
public record Recheck(BigDecimal score, BigDecimal deduction, String note) {
    public static final Recheck NONE = new Recheck(null, null, null);

    /** What the core's re-checked total takes of it. */
    public FinanceRecheck.Entry entry() {
        return new FinanceRecheck.Entry(score, deduction);
    }

    public boolean isEmpty() {
        return score == null && deduction == null && (note == null || note.isBlank());
    }
}
