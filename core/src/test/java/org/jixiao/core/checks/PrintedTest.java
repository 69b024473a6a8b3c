package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Figures are compared at the precision they were printed with. */
class PrintedTest {
    private static final RoundingMode HALF_UP = RoundingMode.HALF_UP;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void a_rate_printed_as_100_agrees_with_99_99_and_one_printed_as_100_00_does_not() {
        assertThat(Printed.agrees(d("100"), d("99.9913"), HALF_UP)).isTrue();
        assertThat(Printed.agrees(d("100.00"), d("99.9913"), HALF_UP)).isFalse();
    }

    @Test
    void amounts_agree_at_the_coarser_of_their_precisions() {
        assertThat(Printed.agreeAtCoarser(d("2077.604168"), d("2077.6"), HALF_UP)).isTrue();
        assertThat(Printed.agreeAtCoarser(d("457000.00"), d("0"), HALF_UP)).isFalse();
    }

    @Test
    void a_score_is_the_same_rounded_or_different() {
        assertThat(Printed.compare(d("10"), d("10.00"), HALF_UP)).isEqualTo(Printed.Agreement.SAME);
        assertThat(Printed.compare(d("8.367"), d("8.37"), HALF_UP)).isEqualTo(Printed.Agreement.SAME);
        assertThat(Printed.compare(d("10"), d("9.64"), HALF_UP)).isEqualTo(Printed.Agreement.ROUNDED);
        assertThat(Printed.compare(d("10.00"), d("9.64"), HALF_UP)).isEqualTo(Printed.Agreement.DIFFERENT);
    }
}
