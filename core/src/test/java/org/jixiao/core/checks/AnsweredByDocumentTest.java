package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AnsweredByDocumentTest {
    private static final Finding OVER_ACHIEVED_ON_ROW_2 = Finding.of(OverAchievementUnexplained.CODE, Severity.WARNING,
            Place.indicator("培训人次", 2, 0));
    private static final Finding INDICATORS_CHANGED = Finding.of(IndicatorsChangedAtEvaluation.CODE, Severity.ERROR,
            Place.table(0));

    @Test
    void a_file_on_the_row_of_an_unexplained_over_achievement_answers_it() {
        assertThat(AnsweredByDocument.answers(Set.of(2), OVER_ACHIEVED_ON_ROW_2)).isTrue();
    }

    @Test
    void a_file_on_another_row_or_on_the_table_does_not_answer_a_finding_on_an_indicator() {
        assertThat(AnsweredByDocument.answers(Set.of(3, AnsweredByDocument.TABLE), OVER_ACHIEVED_ON_ROW_2)).isFalse();
    }

    @Test
    void a_file_on_the_whole_table_answers_a_changed_set_of_indicators() {
        assertThat(AnsweredByDocument.answers(Set.of(AnsweredByDocument.TABLE), INDICATORS_CHANGED)).isTrue();
        assertThat(AnsweredByDocument.answers(Set.of(0, 1), INDICATORS_CHANGED)).isFalse();
    }

    @Test
    void no_file_answers_a_finding_that_asks_for_no_document() {
        Finding vague = Finding.of("VAGUE_TARGET", Severity.WARNING, Place.indicator("满意度", 2, 0));
        assertThat(AnsweredByDocument.asksForOne(vague)).isFalse();
        assertThat(AnsweredByDocument.answers(Set.of(2, AnsweredByDocument.TABLE), vague)).isFalse();
    }
}
