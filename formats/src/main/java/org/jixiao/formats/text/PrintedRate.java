package org.jixiao.formats.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A rate as the forms print it: a ratio in percent at the printed precision, rounded or cut. */
final class PrintedRate {
    private PrintedRate() {
    }

    /** The printed rate is numerator ÷ denominator × 100 at its printed precision; false where the base is 0. */
    static boolean matches(BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {
        if (denominator.signum() == 0) {
            return false;
        }
        int scale = Math.max(0, rate.scale());
        BigDecimal exact = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, scale + 4, RoundingMode.HALF_UP);
        return exact.setScale(scale, RoundingMode.HALF_UP).compareTo(rate) == 0
                || exact.setScale(scale, RoundingMode.DOWN).compareTo(rate) == 0;
    }
}
