package org.jixiao.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.core.checks.Found.keys;
import static org.jixiao.core.checks.Found.zh;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ARITHMETIC_SUBITEMS: sub-items against their 合计, and the 合计 against the budget-use block. */
class SubItemArithmeticTest {
    private final Check check = new SubItemArithmetic();

    @Test
    void suzhous_sub_items_agree_with_their_total_and_with_the_amount_paid() {
        assertThat(SeedTables.suzhou().findings(check)).isEmpty();
    }

    @Test
    void sub_items_that_do_not_add_up_to_the_printed_total_are_an_error() {
        List<Finding> f = Tables.suzhou().subItemTotal("300", "250").subItem("甲", "100", "90").subItem("乙", "150", "160")
                .findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_SUBITEMS");
        assertThat(zh(f.get(0))).contains("300", "250");
    }

    @Test
    void a_sub_item_total_the_payments_do_not_match_is_an_error() {
        List<Finding> f = Tables.suzhou().use("2343.7", "0", "2077.78", "265.92", "265.92", "2000", "77.78", "0", "77.78")
                .subItemTotal("2343.7", "2077.604168").subItem("甲", "2343.7", "2077.604168").findings(check);

        assertThat(keys(f)).containsExactly("ARITHMETIC_SUBITEMS.use_paid");
    }
}
