package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.d;
import static org.jixiao.core.scoring.Fixtures.row;

import java.util.List;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.Goals;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.junit.jupiter.api.Test;

/** 财政复核后的总分与等级：复核分或扣分（从分值中扣除，不低于 0），未复核的行按自评得分。 */
class FinanceRecheckTest {
    private static final ScoreSheet SHEET = new Scorer(NATIONAL).score(new SelfEvaluation(
            new Header("p", "d", "u", 2023, CurrencyUnit.YUAN, null, null, Header.Kind.PROJECT), Funding.none(), Goals.none(),
            List.of(row("产出指标", "数量指标", "培训人次", ">=", "100", "人次", "100", "50", null),
                    row("效益指标", "社会效益", "覆盖人数", ">=", "100", "人", "100", "45", null)),
            null, null, null, null, null, "", "national", 0));

    @Test
    void a_table_nobody_rechecked_stands_at_its_self_evaluation() {
        FinalResult r = FinanceRecheck.result(SHEET, NATIONAL, List.of(), FinanceRecheck.Entry.NONE);
        assertThat(r.source()).isEqualTo(FinalResult.Source.SELF);
        assertThat(r.total()).isEqualByComparingTo("95");
        assertThat(r.grade()).isEqualTo("优");
    }

    @Test
    void a_deduction_comes_off_the_rows_weight_and_the_grade_follows_the_rechecked_total() {
        FinalResult r = FinanceRecheck.result(SHEET, NATIONAL,
                List.of(new FinanceRecheck.Entry(null, d("7")), FinanceRecheck.Entry.NONE), FinanceRecheck.Entry.NONE);
        assertThat(r.source()).isEqualTo(FinalResult.Source.RECHECK);
        assertThat(r.total()).isEqualByComparingTo("88.00");
        assertThat(r.grade()).isEqualTo("良");
    }

    @Test
    void a_recheck_score_replaces_the_rows_score_and_a_deduction_never_goes_below_zero() {
        assertThat(FinanceRecheck.total(SHEET, NATIONAL,
                List.of(new FinanceRecheck.Entry(d("30"), null), new FinanceRecheck.Entry(null, d("99"))), null))
                .isEqualByComparingTo("30");
    }
}
