package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Tables.row;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.assessment.Assessment;
import org.jixiao.core.assessment.Assessor;
import org.jixiao.core.assessment.Rechecks;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.FinanceRecheck;
import org.jixiao.core.scoring.Schemes;
import org.junit.jupiter.api.Test;

/**
 * The core's one assessment of a table (beside the test tables it is built from): a published table and a form
 * jixiao fills are scored by their own rule, checked by every check the same way, and stand at finance's re-check.
 */
class AssessorTest {
    private final Assessor assessor = new Assessor(Schemes.builtIn());

    /** Yunnan's 公开13表 with its pass rate's actual left blank and its printed 8.37 in place. */
    private static SelfEvaluation withBlankActual() {
        return Tables.national().funding("272.20", "247.14", "245.44", "10.00", "99.31", "9.93")
                .indicator(row("产出指标", "数量指标", "考点数量", ">=", "8", "个", "18", "20.00", "20.00", ""))
                .indicator(row("产出指标", "质量指标", "合格率", ">=", "25", "%", "", "15.00", "8.37", ""))
                .sums("35.00", "28.37").maxTotal("100.00").total("38.30").grade("差").build();
    }

    @Test
    void a_published_table_keeps_the_printed_score_of_an_actual_it_left_blank_but_a_form_scores_it_nothing() {
        SelfEvaluation e = withBlankActual();
        Assessment published = assessor.published(e, assessor.choose(e, List.of(), null), Checks.all());
        Assessment form = assessor.form(e, Tables.NATIONAL, Rechecks.NONE);

        assertThat(published.sheet().indicators().get(1).score()).isEqualByComparingTo("8.37");
        assertThat(form.sheet().indicators().get(1).score()).isEqualByComparingTo("0");
        assertThat(form.findings()).anyMatch(f -> f.code().equals("ACTUAL_BLANK") && f.severity() == Severity.ERROR);
    }

    @Test
    void a_form_being_filled_is_checked_on_the_figures_its_save_writes_not_on_stale_printed_sums() {
        SelfEvaluation stale = SeedTables.yunnan13().total("50.00").build();
        assertThat(assessor.form(stale, Tables.NATIONAL, Rechecks.NONE).findings()).anyMatch(f -> f.code().equals("ARITHMETIC_TOTAL"));

        Assessment filling = assessor.formBeingFilled(stale, Tables.NATIONAL);
        assertThat(filling.findings()).noneMatch(f -> f.code().startsWith("ARITHMETIC_"));
        assertThat(filling.table().reportedTotal()).isEqualByComparingTo(filling.sheet().total());
        assertThat(filling.withComputedFigures().reportedTotal()).isEqualByComparingTo("93.30");
    }

    @Test
    void a_form_finance_rechecked_stands_at_the_rechecked_total_and_its_grade() {
        SelfEvaluation e = SeedTables.yunnan13().build();
        FinanceRecheck.Entry none = FinanceRecheck.Entry.NONE;
        Rechecks passRateToZero = new Rechecks(List.of(none, none, new FinanceRecheck.Entry(BigDecimal.ZERO, null)), none);

        assertThat(assessor.form(e, Tables.NATIONAL, Rechecks.NONE).result())
                .isEqualTo(new FinalResult(new BigDecimal("93.30"), "优", FinalResult.Source.SELF));
        FinalResult rechecked = assessor.form(e, Tables.NATIONAL, passRateToZero).result();
        assertThat(rechecked.source()).isEqualTo(FinalResult.Source.RECHECK);
        assertThat(rechecked.total()).isEqualByComparingTo("84.93");
        assertThat(rechecked.grade()).isEqualTo("良");
    }

    @Test
    void a_scheme_asked_for_overrides_the_evidence_of_a_published_table() {
        SelfEvaluation e = SeedTables.yunnan13().build();
        assertThat(assessor.choose(e, List.of(), "suzhou-2023").scheme().id()).isEqualTo("suzhou-2023");
        assertThat(assessor.choose(e, List.of(), null).scheme().layouts()).contains("national");
    }
}
