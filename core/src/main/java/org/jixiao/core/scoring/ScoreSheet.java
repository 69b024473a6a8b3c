package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every derived figure of a self-evaluation under one scheme, as a snapshot: frozen with the scheme's id and
 * version when an evaluation is submitted, never edited.
 *
 * @param schemeId          the scheme
 * @param schemeVersion     its version
 * @param budget            the execution score, or null where the scheme does not score the funding block
 * @param indicators        one score per indicator, in the evaluation's order
 * @param indicatorWeightSum sum of the weights of the indicators that count and have one; see {@link #weightsKnown()}
 * @param indicatorScoreSum sum of their scores
 * @param total             budget score plus indicator scores; never capped
 * @param maxTotal          the scheme's full mark
 * @param grade             the grade, or null when the scheme publishes no bands ({@link #gradeBandsPublished})
 * @param gradeBandsPublished whether the scheme has grade bands
 * @param totalExplanation  how the total was reached where it is not the plain sum (rescaled, scaled groups,
 *                          nested percentages), else null
 */
public record ScoreSheet(String schemeId, String schemeVersion, BudgetScore budget, List<IndicatorScore> indicators,
                         BigDecimal indicatorWeightSum, BigDecimal indicatorScoreSum, BigDecimal total,
                         BigDecimal maxTotal, String grade, boolean gradeBandsPublished, Explanation totalExplanation) {

    public ScoreSheet(String schemeId, String schemeVersion, BudgetScore budget, List<IndicatorScore> indicators,
                      BigDecimal indicatorWeightSum, BigDecimal indicatorScoreSum, BigDecimal total,
                      BigDecimal maxTotal, String grade, boolean gradeBandsPublished) {
        this(schemeId, schemeVersion, budget, indicators, indicatorWeightSum, indicatorScoreSum, total, maxTotal, grade,
                gradeBandsPublished, null);
    }

    public ScoreSheet {
        indicators = List.copyOf(indicators);
    }

    /**
     * False when a counted indicator has no weight (none printed, none shared out): its printed score still counts,
     * as the table counts it, but its weight is unknown, so {@code indicatorWeightSum} is the sum of the others and
     * cannot be checked against a printed or expected total.
     */
    public boolean weightsKnown() {
        for (IndicatorScore s : indicators) {
            if (s.counts() && s.weight() == null) {
                return false;
            }
        }
        return true;
    }
}
