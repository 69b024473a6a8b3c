package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.en;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GRADE_BANDS_UNSET: a scheme without grade bands says so. */
class GradeBandsUnsetTest {
    private final Check check = new GradeBandsUnset();

    @Test
    void a_scheme_without_grade_bands_says_so() {
        List<Finding> f = SeedTables.suzhou().findings(check);

        assertThat(keys(f)).containsExactly("GRADE_BANDS_UNSET");
        assertThat(f.get(0).severity()).isEqualTo(Severity.NOTICE);
        assertThat(zh(f.get(0))).contains("苏州");
        assertThat(en(f.get(0))).contains("Suzhou");
    }

    @Test
    void a_printed_grade_that_cannot_be_verified_is_named() {
        assertThat(keys(SeedTables.suzhou().grade("优").findings(check))).containsExactly("GRADE_BANDS_UNSET.printed");
    }

    @Test
    void a_scheme_with_bands_raises_nothing() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
    }
}
