package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_GRADE: the printed 自评等级 against the grade of the recomputed total. */
class GradeArithmeticTest {
    private final Check check = new GradeArithmetic();

    @Test
    void a_printed_grade_the_total_does_not_earn_is_an_error() {
        List<Finding> f = SeedTables.yunnan13().grade("良").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_GRADE");
        assertThat(zh(f.get(0))).contains("良", "优", "93.30");
    }

    @Test
    void the_earned_grade_raises_nothing_and_nor_does_a_scheme_without_bands() {
        assertThat(SeedTables.yunnan13().findings(check)).isEmpty();
        assertThat(SeedTables.suzhou().grade("优").findings(check)).isEmpty();
    }
}
