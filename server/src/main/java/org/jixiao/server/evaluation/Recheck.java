package org.jixiao.server.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.assessment.Rechecks;
import org.jixiao.core.scoring.FinanceRecheck;

/** The finance reviewer's re-check of one indicator (复核): the score they give, the deduction, why. */
public record Recheck(BigDecimal score, BigDecimal deduction, String note) {
    public static final Recheck NONE = new Recheck(null, null, null);

    /** What the core's re-checked total takes of it. */
    public FinanceRecheck.Entry entry() {
        return new FinanceRecheck.Entry(score, deduction);
    }

    /** The entries per indicator and of the execution row, as the core's assessment takes them. */
    public static Rechecks forCore(List<Recheck> indicators, Recheck budget) {
        return new Rechecks(indicators.stream().map(Recheck::entry).toList(), (budget == null ? NONE : budget).entry());
    }

    public boolean isEmpty() {
        return score == null && deduction == null && (note == null || note.isBlank());
    }
}
