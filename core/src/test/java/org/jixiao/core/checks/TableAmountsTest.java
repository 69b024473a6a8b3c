package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.Header;
import org.junit.jupiter.api.Test;

/** A table's budget and spending, and the execution rate of many tables together. */
class TableAmountsTest {

    @Test
    void a_table_that_names_no_unit_is_in_wan_yuan_and_one_that_names_its_unit_is_in_that() {
        assertThat(new Header("项目", "部门", "单位", 2023, null, null, null, null).amountUnit()).isEqualTo(CurrencyUnit.WAN_YUAN);
        assertThat(TableAmounts.of(SeedTables.yunnan13().build()).unit()).isEqualTo(CurrencyUnit.YUAN); // as built: 元
    }

    @Test
    void tables_in_yuan_and_in_wan_yuan_add_up_exactly_and_their_rate_together_is_executed_over_budget() {
        TableAmounts wan = new TableAmounts(new BigDecimal("247.14"), new BigDecimal("245.44"), CurrencyUnit.WAN_YUAN);
        TableAmounts yuan = new TableAmounts(new BigDecimal("375000"), new BigDecimal("215457.6"), CurrencyUnit.YUAN);
        TableAmounts together = wan.plus(yuan);

        assertThat(together.unit()).isEqualTo(CurrencyUnit.WAN_YUAN);
        assertThat(together.budget()).isEqualByComparingTo("284.64");
        assertThat(together.executed()).isEqualByComparingTo("266.98576");
        // (245.44 + 21.54576) ÷ (247.14 + 37.5): not the mean of the two tables' rates (99.31 % and 57.46 %)
        assertThat(together.ratePct().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("93.80");
    }

    @Test
    void a_missing_amount_adds_nothing_and_no_budget_gives_no_rate() {
        TableAmounts none = new TableAmounts(null, null, CurrencyUnit.WAN_YUAN);
        TableAmounts spent = new TableAmounts(null, BigDecimal.TEN, CurrencyUnit.WAN_YUAN);
        assertThat(none.plus(spent).executed()).isEqualByComparingTo("10");
        assertThat(none.plus(spent).ratePct()).isNull();
    }
}
