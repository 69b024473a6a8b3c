package org.jixiao.core.scoring;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;

/**
 * Budget execution scored by the weight the funding row prints (10; 20 on the 20-point forms; the scheme's default
 * where none is printed) against the base the scheme names: score = weight × min(rate, 1), rate = executed / base,
 * each rounded once for display. Where the printed total is empty or 0 the sub-rows' sum is used.
 */
final class ExecutionByWeightAndBase {
    static final String ANNUAL = "annual";
    static final String INITIAL = "initial";
    static final String FISCAL_WITH_CARRY_OVER = "fiscal-with-carry-over";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Scheme scheme;

    ExecutionByWeightAndBase(Scheme scheme) {
        this.scheme = scheme;
    }

    static boolean isKnownBase(String base) {
        return base == null || ANNUAL.equals(base) || INITIAL.equals(base) || FISCAL_WITH_CARRY_OVER.equals(base);
    }

    BudgetScore score(Funding funding) {
        BigDecimal weight = funding.weight() != null ? funding.weight() : scheme.budgetExecution().defaultWeight();
        BigDecimal reported = funding.reportedScore();
        BigDecimal[] baseAndExecuted = baseAndExecuted(funding);
        BigDecimal base = baseAndExecuted[0];
        BigDecimal executed = baseAndExecuted[1];
        if (base == null || base.signum() <= 0 || weight == null) {
            return new BudgetScore(base, executed, null, weight, reported, reported, false,
                    Explanation.of(Formula.EXECUTION_NO_BUDGET, reported == null ? "—" : reported));
        }
        BigDecimal ratePct = executed.multiply(HUNDRED).divide(base, 2, scheme.rounding());
        BigDecimal score;
        Explanation e;
        if (executed.compareTo(base) >= 0) {
            score = weight.setScale(scheme.scale(), scheme.rounding());
            e = Explanation.of(Formula.EXECUTION_FULL, executed, base, score);
        } else {
            score = weight.multiply(executed.max(BigDecimal.ZERO)).divide(base, scheme.scale(), scheme.rounding());
            e = Explanation.of(Formula.EXECUTION_PROPORTIONAL, weight, executed, base, score);
        }
        return new BudgetScore(base, executed, ratePct, weight, reported, score, true, e);
    }

    /** {base, executed}: either may be null where the table prints nothing to take them from. */
    private BigDecimal[] baseAndExecuted(Funding funding) {
        String kind = scheme.budgetExecution().base();
        if (FISCAL_WITH_CARRY_OVER.equals(kind)) {
            BigDecimal base = null;
            BigDecimal executed = null;
            for (FundingRow r : funding.rows()) {
                if (r.kind() == FundingRow.Kind.CURRENT_FISCAL || r.kind() == FundingRow.Kind.CARRIED_OVER) {
                    base = add(base, r.annual());
                    executed = add(executed, r.executed());
                }
            }
            if (base != null && base.signum() > 0) {
                return new BigDecimal[]{base, executed == null ? BigDecimal.ZERO : executed};
            }
            // a table that does not split its funds by source is taken against its adjusted total
        }
        FundingRow row = funding.effectiveTotal();
        if (row == null) {
            return new BigDecimal[]{null, null};
        }
        boolean initialBase = INITIAL.equals(kind);
        BigDecimal base = initialBase ? row.initial() : row.annual();
        if (base == null || base.signum() == 0) {
            base = initialBase ? row.annual() : row.initial();
        }
        return new BigDecimal[]{base, row.executed() == null ? BigDecimal.ZERO : row.executed()};
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (b == null) {
            return a;
        }
        return a == null ? b : a.add(b);
    }
}
