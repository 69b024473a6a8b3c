package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Comparing a printed figure with one the re-check computes. Tables round: a rate printed as {@code 100%} for
 * 99.99 % is right at the precision it was printed with, so figures are compared at the printed number of
 * decimals, never at the engine's.
 */
final class Printed {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Precision of intermediate quotients (a rate of 327.89 / 340): far finer than any printed figure. */
    static final MathContext INTERMEDIATE = MathContext.DECIMAL64;

    /** How a printed score relates to the computed one. */
    enum Agreement {
        /** Equal as numbers. */
        SAME,
        /** Equal only once the computed figure is rounded to the fewer decimals the table printed (10 for 9.64). */
        ROUNDED,
        /** Different even at the printed precision. */
        DIFFERENT
    }

    private Printed() {
    }

    /** Decimals the figure was printed with (a "10" has none, a "100.00" two). */
    static int decimals(BigDecimal printed) {
        return Math.max(0, printed.scale());
    }

    /** The computed figure as the table would have printed it. */
    static BigDecimal atPrecisionOf(BigDecimal printed, BigDecimal computed, RoundingMode rounding) {
        return computed.setScale(decimals(printed), rounding);
    }

    static boolean agrees(BigDecimal printed, BigDecimal computed, RoundingMode rounding) {
        return atPrecisionOf(printed, computed, rounding).compareTo(printed) == 0;
    }

    /**
     * Scores: the same, the same once rounded to what was printed, or different. A figure printed with more
     * decimals than the computed one (8.367 beside the scheme's 8.37) is the same figure, unrounded.
     */
    static Agreement compare(BigDecimal printed, BigDecimal computed, RoundingMode rounding) {
        if (printed.compareTo(computed) == 0) {
            return Agreement.SAME;
        }
        if (decimals(printed) > decimals(computed)
                && printed.setScale(decimals(computed), rounding).compareTo(computed) == 0) {
            return Agreement.SAME;
        }
        return agrees(printed, computed, rounding) ? Agreement.ROUNDED : Agreement.DIFFERENT;
    }

    /**
     * Two printed amounts that should be equal (a total and the sum of its rows), compared at the coarser of their
     * precisions: 2077.604168 and 2077.6 agree.
     */
    static boolean agreeAtCoarser(BigDecimal a, BigDecimal b, RoundingMode rounding) {
        int scale = Math.min(decimals(a), decimals(b));
        return a.setScale(scale, rounding).compareTo(b.setScale(scale, rounding)) == 0;
    }

    /** 100 × part / whole, unrounded; null when whole is missing or not positive. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, INTERMEDIATE);
    }

    /** A null amount read as zero, for sums over rows that leave some cells blank. */
    static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
