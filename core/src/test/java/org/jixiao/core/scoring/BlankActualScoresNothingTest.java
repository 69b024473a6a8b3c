package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.d;
import static org.jixiao.core.scoring.Fixtures.en;
import static org.jixiao.core.scoring.Fixtures.row;
import static org.jixiao.core.scoring.Fixtures.zh;

import java.util.List;
import org.jixiao.core.checks.ActualBlankOnForm;
import org.jixiao.core.checks.CheckContext;
import org.jixiao.core.checks.Checks;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.rules.BlankActualScoresNothing;
import org.jixiao.core.scoring.rules.UnscorableKeepsReported;
import org.junit.jupiter.api.Test;

/** 填报中的表：实际完成值为空时该行得 0 分，并有一条“错误”级的提示；已公开的表仍保留所印得分。 */
class BlankActualScoresNothingTest {
    private static final Indicator BLANK = row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "", "15", "15");
    private static final Indicator FILLED = row("产出指标", "数量指标", "培训人次", ">=", "100", "人次", "100", "15", "15");

    private static SelfEvaluation table(Indicator... rows) {
        return new SelfEvaluation(new Header("p", "d", "u", 2023, CurrencyUnit.WAN_YUAN, null, null, Header.Kind.PROJECT), Funding.none(), Goals.none(), List.of(rows),
                null, null, null, null, null, "", "national", 0);
    }

    @Test
    void a_blank_actual_on_a_form_being_filled_scores_nothing_until_it_is_filled() {
        IndicatorScore s = Scorer.forFormsBeingFilled(NATIONAL).score(BLANK);
        assertThat(s.rule()).isEqualTo(BlankActualScoresNothing.ID);
        assertThat(s.weight()).isEqualByComparingTo("15");
        assertThat(s.score()).isEqualByComparingTo("0");
        assertThat(s.counts()).isTrue();
        assertThat(zh(s.explanation())).isEqualTo("实际完成值未填，分值 15 暂得 0 分，填写后按规则计分");
        assertThat(en(s.explanation())).isEqualTo("no actual yet: 0 of 15 until it is filled in");
    }

    @Test
    void a_blank_actual_on_a_form_lowers_the_total_and_carries_an_error_finding() {
        SelfEvaluation form = table(BLANK, FILLED);
        ScoreSheet sheet = Scorer.forFormsBeingFilled(NATIONAL).score(form);
        assertThat(sheet.indicatorScoreSum()).isEqualByComparingTo("15");
        List<Finding> found = Checks.run(Checks.all(), new CheckContext(form, sheet, NATIONAL));
        assertThat(found).filteredOn(f -> f.code().equals(ActualBlankOnForm.CODE))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.place().indicatorIndex()).isZero();
                });
        assertThat(found).noneMatch(f -> f.code().equals("ACTUAL_MISSING_NO_REASON"));
    }

    @Test
    void a_published_table_keeps_the_printed_score_of_a_blank_actual() {
        IndicatorScore s = new Scorer(NATIONAL).score(BLANK);
        assertThat(s.rule()).isEqualTo(UnscorableKeepsReported.ID);
        assertThat(s.score()).isEqualByComparingTo(d("15"));
        SelfEvaluation published = table(BLANK, FILLED);
        ScoreSheet sheet = new Scorer(NATIONAL).score(published);
        assertThat(Checks.run(Checks.all(), new CheckContext(published, sheet, NATIONAL)))
                .noneMatch(f -> f.code().equals(ActualBlankOnForm.CODE));
    }
}
