package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import org.jixiao.core.text.Messages;

/**
 * The share of the year elapsed at the end of a round's month: N / 12, or by days (the days to the month's end over
 * the days of the year), kept as a fraction so that explanations print "7/12" and nothing is rounded before the end.
 */
public record Elapsed(int numerator, int denominator) {

    public static Elapsed of(int year, int month, MonitoringRules.ElapsedBy by) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(Messages.CORE.both("monitoring.month", month));
        }
        if (by == MonitoringRules.ElapsedBy.DAYS) {
            return new Elapsed(YearMonth.of(year, month).atEndOfMonth().getDayOfYear(), Year.of(year).length());
        }
        return new Elapsed(month, 12);
    }

    public BigDecimal times(BigDecimal value) {
        return value.multiply(BigDecimal.valueOf(numerator));
    }

    public BigDecimal denominatorValue() {
        return BigDecimal.valueOf(denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
