package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.BudgetScore;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * How a scheme adds the scores of a table up to its total: plainly, rescaled where indicators do not apply, with the
 * indicator groups scaled into a share, or as nested percentages. A scheme names at most one; without one the
 * scores are summed. Implementations are immutable and built once per scheme.
 */
public interface TotalRule {

    /** The id a scheme file names this rule by. */
    String id();

    /** The total, rounded once to the scheme's scale, and how it was reached (null for a plain sum). */
    Total total(Table table);

    /**
     * What a total is made of.
     *
     * @param budget      the execution score, or null where the scheme does not score it
     * @param indicators  the indicators in printed order
     * @param scores      their scores
     * @param scoreSum    Σ of the scores that count
     * @param weightSum   Σ of the weights of the indicators that count
     * @param anyExcluded whether some indicator does not count (not reported, not applicable, excluded)
     */
    record Table(BudgetScore budget, List<Indicator> indicators, List<IndicatorScore> scores, BigDecimal scoreSum,
                 BigDecimal weightSum, boolean anyExcluded) {

        BigDecimal budgetScore() {
            return budget == null || budget.score() == null ? BigDecimal.ZERO : budget.score();
        }

        BigDecimal budgetWeight() {
            return budget == null || budget.score() == null || budget.weight() == null ? BigDecimal.ZERO : budget.weight();
        }
    }

    /** @param value the total; @param explanation how, or null where it is the plain sum */
    record Total(BigDecimal value, Explanation explanation) {
    }
}
