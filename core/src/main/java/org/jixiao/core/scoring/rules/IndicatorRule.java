package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * One business rule for scoring an indicator. A scheme lists its rules in order; the first that applies scores.
 * Implementations are immutable and built once per scheme.
 */
public interface IndicatorRule {

    /** The id a scheme file names this rule by. */
    String id();

    /** Whether this rule scores the indicator. */
    boolean appliesTo(Indicator indicator);

    /**
     * Scores the indicator with the weight it counts with (never null: indicators without a weight are not
     * handed to rules).
     */
    IndicatorScore score(Indicator indicator, BigDecimal weight);
}
