package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.SUZHOU;
import static org.jixiao.core.scoring.Fixtures.d;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 自评等级由总分计算，不由单位填写：优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60（下限含本数）。 */
class GradeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100, 优", "93.30, 优", "90, 优", "90.00, 优", "89.99, 良", "80, 良", "79.99, 中", "60, 中",
            "59.99, 差", "0, 差", "120, 优"})
    void the_national_grade_takes_each_lower_bound_inclusively(String total, String grade) {
        assertThat(Grade.of(d(total), NATIONAL)).isEqualTo(grade);
    }

    @Test
    void a_negative_total_still_gets_the_lowest_grade() {
        assertThat(Grade.of(d("-1"), NATIONAL)).isEqualTo("差");
    }

    @Test
    void suzhou_publishes_no_grade_bands_so_no_grade_is_given() {
        assertThat(SUZHOU.hasGradeBands()).isFalse();
        assertThat(Grade.of(d("80"), SUZHOU)).isNull();
        ScoreSheet sheet = new Scorer(SUZHOU).score(Fixtures.evaluation(null, SuzhouSeed.indicators(true)));
        assertThat(sheet.grade()).isNull();
        assertThat(sheet.gradeBandsPublished()).isFalse();
    }

    @Test
    void a_missing_total_has_no_grade() {
        assertThat(Grade.of(null, NATIONAL)).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"85, 优", "80, 优", "79, 良", "70, 良", "69, 中", "60, 中", "59, 差"})
    void the_vendor_bands_80_70_60_are_scheme_data(String total, String grade) {
        assertThat(Grade.of(d(total), Fixtures.hebei())).isEqualTo(grade);
    }
}
