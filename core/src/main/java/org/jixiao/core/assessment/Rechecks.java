package org.jixiao.core.assessment;

import java.util.List;
import org.jixiao.core.scoring.FinanceRecheck;

/**
 * Finance's re-check of a table (复核): a score or a deduction per indicator, in the table's order, and one for the
 * budget-execution row.
 */
public record Rechecks(List<FinanceRecheck.Entry> indicators, FinanceRecheck.Entry budget) {
    /** No re-check: the table stands at its self-evaluation. */
    public static final Rechecks NONE = new Rechecks(List.of(), FinanceRecheck.Entry.NONE);

    public Rechecks {
        indicators = List.copyOf(indicators);
        budget = budget == null ? FinanceRecheck.Entry.NONE : budget;
    }
}
