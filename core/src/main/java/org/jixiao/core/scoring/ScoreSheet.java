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
 * @param indicatorWeightSum sum of the weights of the indicators that count
 * @param indicatorScoreSum sum of their scores
 * @param total             budget score plus indicator scores; never capped
 * @param maxTotal          the scheme's full mark
 * @param grade             the grade, or null when the scheme publishes no bands ({@link #gradeBandsPublished})
 * @param gradeBandsPublished whether the scheme has grade bands
 */
public record ScoreSheet(String schemeId, String schemeVersion, BudgetScore budget, List<IndicatorScore> indicators,
                         BigDecimal indicatorWeightSum, BigDecimal indicatorScoreSum, BigDecimal total,
                         BigDecimal maxTotal, String grade, boolean gradeBandsPublished) {

    public ScoreSheet {
        indicators = List.copyOf(indicators);
    }
}
