package org.jixiao.server.recheck;

import java.math.BigDecimal;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.server.evaluation.Scored;
import org.jixiao.server.evaluation.StoredEvaluation;

/** A stored table with its score sheet and findings under every check, and its amounts in its own unit. */
record Assessed(StoredEvaluation stored, Scored scored, TableAmounts amounts) {

    static Assessed of(StoredEvaluation stored, Scored scored) {
        return new Assessed(stored, scored, TableAmounts.of(stored.form()));
    }

    /** Counted indicators scoring below their weight: what 未完成 means in a re-check. */
    int unmet() {
        return (int) scored.sheet().indicators().stream()
                .filter(s -> s.counts() && s.weight() != null && s.score() != null && s.score().compareTo(s.weight()) < 0)
                .count();
    }

    /** The total the unit claims. */
    BigDecimal selfTotal() {
        return Gap.selfTotal(stored.form(), scored.sheet());
    }

    /** The total after the finance re-check, null when nothing was re-checked. */
    BigDecimal recheckedTotal() {
        return Gap.recheckedTotal(scored.sheet(), stored.rechecks());
    }

    /** |self − (re-checked, else recomputed)|: what the 复核 list ranks by. */
    BigDecimal gap() {
        BigDecimal rechecked = recheckedTotal();
        return Gap.between(selfTotal(), rechecked != null ? rechecked : scored.sheet().total());
    }

    /** The execution rate the scheme scored, or — where it scores none — the one the amounts give. */
    BigDecimal ratePct() {
        BudgetScore budget = scored.sheet().budget();
        return budget != null && budget.ratePct() != null ? budget.ratePct() : amounts.ratePct();
    }
}
