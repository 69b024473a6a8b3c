package org.jixiao.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.scoring.Fixtures.NATIONAL;
import static org.jixiao.core.scoring.Fixtures.d;
import static org.jixiao.core.scoring.Fixtures.funding;
import static org.jixiao.core.scoring.Fixtures.zh;

import java.util.List;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.junit.jupiter.api.Test;

/** 预算执行率：执行率 = 全年执行数 / 全年预算数，得分 = 分值 × min(执行率, 1)，各自只在显示时四舍五入一次。 */
class BudgetExecutionTest {
    private final Scorer scorer = new Scorer(NATIONAL);

    @Test
    void execution_is_scored_in_proportion_to_the_adjusted_budget() {
        // Yunnan 公开13表: 245.44 / 247.14 = 99.31 % → 9.93 (the initial budget 272.20 plays no part)
        BudgetScore b = scorer.scoreBudget(funding("272.20", "247.14", "245.44", "10.00"));
        assertThat(b.ratePct()).isEqualByComparingTo("99.31");
        assertThat(b.score()).isEqualByComparingTo("9.93");
        assertThat(b.recomputed()).isTrue();
        assertThat(zh(b.explanation())).isEqualTo("10.00 × 245.44 / 247.14 = 9.93");
    }

    @Test
    void an_execution_rate_of_96_44_scores_9_64() {
        // Yunnan 公开14表: 327.89 / 340 = 96.44 % → 9.64
        BudgetScore b = scorer.scoreBudget(funding(null, "340.00", "327.89", "10.00"));
        assertThat(b.ratePct()).isEqualByComparingTo("96.44");
        assertThat(b.score()).isEqualByComparingTo("9.64");
    }

    @Test
    void the_score_is_rounded_once_from_the_exact_ratio() {
        // 215457.6 / 250000 = 86.18 % ; 10 × 0.861830… = 8.618 → 8.62, not 10 × 0.86 = 8.60
        BudgetScore b = scorer.scoreBudget(funding("250000", "250000", "215457.6", "10"));
        assertThat(b.score()).isEqualByComparingTo("8.62");
        assertThat(b.ratePct()).isEqualByComparingTo("86.18");
    }

    @Test
    void execution_above_the_budget_scores_the_weight_and_no_more() {
        BudgetScore b = scorer.scoreBudget(funding("100", "100", "120", "10"));
        assertThat(b.score()).isEqualByComparingTo("10.00");
        assertThat(b.ratePct()).isEqualByComparingTo("120.00");
        assertThat(b.explanation().formula()).isEqualTo(Formula.EXECUTION_FULL);
    }

    @Test
    void the_weight_printed_on_the_funding_row_is_used() {
        // some provinces print 20: 20 × 245.44 / 247.14 = 19.862… → 19.86
        assertThat(scorer.scoreBudget(funding("272.20", "247.14", "245.44", "20")).score()).isEqualByComparingTo("19.86");
    }

    @Test
    void the_scheme_weight_is_used_when_none_is_printed() {
        BudgetScore b = scorer.scoreBudget(funding("272.20", "247.14", "245.44", null));
        assertThat(b.weight()).isEqualByComparingTo("10");
        assertThat(b.score()).isEqualByComparingTo("9.93");
    }

    @Test
    void an_empty_total_row_is_replaced_by_the_sum_of_its_sub_rows() {
        // seen: 年度资金总额 0 / 0 / 0 above 当年财政拨款 90 / 89.974 / 89.974
        Funding f = new Funding(List.of(
                new FundingRow(FundingRow.Kind.TOTAL, "年度资金总额", d("0"), d("0"), d("0"), null, 0),
                new FundingRow(FundingRow.Kind.CURRENT_FISCAL, "其中：当年财政拨款", d("90"), d("89.974"), d("89.974"), null, 0),
                new FundingRow(FundingRow.Kind.CARRIED_OVER, "上年结转资金", null, null, null, null, 0)),
                d("10"), null, null, null, List.of(), null);
        BudgetScore b = scorer.scoreBudget(f);
        assertThat(b.annual()).isEqualByComparingTo("89.974");
        assertThat(b.ratePct()).isEqualByComparingTo("100.00");
        assertThat(b.score()).isEqualByComparingTo("10.00");
    }

    @Test
    void without_a_budget_to_divide_by_the_printed_score_is_kept() {
        Funding f = new Funding(List.of(), d("10"), null, d("9.5"), null, List.of(), null);
        BudgetScore b = scorer.scoreBudget(f);
        assertThat(b.recomputed()).isFalse();
        assertThat(b.ratePct()).isNull();
        assertThat(b.score()).isEqualByComparingTo("9.5");
        assertThat(b.explanation().formula()).isEqualTo(Formula.EXECUTION_NO_BUDGET);
    }
}
