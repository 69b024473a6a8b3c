package org.jixiao.core.scoring;

import java.math.BigDecimal;

/**
 * The score of one indicator.
 *
 * @param weight        the weight it counts with; null when not counted
 * @param reportedScore the score the table printed, or null
 * @param score         the score the table counts (see {@link Basis}); null when not counted
 * @param basis         where {@code score} comes from
 * @param explanation   how it was reached
 * @param rule          the id of the rule that scored it
 */
public record IndicatorScore(BigDecimal weight, BigDecimal reportedScore, BigDecimal score, Basis basis,
                             Explanation explanation, String rule) {

    public boolean isRecomputed() {
        return basis == Basis.RECOMPUTED;
    }

    public boolean counts() {
        return basis != Basis.NOT_COUNTED;
    }

    /** True when the rules recomputed a score other than the printed one. */
    public boolean differsFromReported() {
        return basis == Basis.RECOMPUTED && reportedScore != null && score != null && score.compareTo(reportedScore) != 0;
    }
}
