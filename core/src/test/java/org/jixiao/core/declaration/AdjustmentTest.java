package org.jixiao.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.core.declaration.SampleDeclarations.d;
import static org.jixiao.core.declaration.SampleDeclarations.indicator;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdjustmentTest {
    private final DeclarationVersion first = DeclarationVersion.first(SampleDeclarations.valid());

    @Test
    void an_approved_adjustment_makes_the_next_version_with_its_goal_amount_and_changes() {
        Adjustment a = new Adjustment("完成培训 6 次。", "预算调减", d("80"), List.of(
                IndicatorChange.modify(0, indicator("产出指标", "数量指标", "培训人次", "≥", "6", "次")),
                IndicatorChange.delete(3),
                IndicatorChange.add(indicator("效益指标", "社会效益指标", "带动就业人数", "≥", "20", "人"))));

        DeclarationVersion second = a.applyTo(first);

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.declaration().goals().annual()).isEqualTo("完成培训 6 次。");
        assertThat(second.declaration().annualFunding().total()).isEqualByComparingTo("80");
        // the 20 taken off falls on 财政拨款 (80 → 60); 其他资金 stays at 20
        assertThat(second.declaration().annualFunding().fiscal()).isEqualByComparingTo("60");
        assertThat(second.declaration().annualFunding().other()).isEqualByComparingTo("20");
        assertThat(second.declaration().indicators()).extracting(DeclaredIndicator::name).containsExactly(
                "培训人次", "考试合格率", "12月底前完成", "持证人员上岗率", "参训人员满意度", "带动就业人数");
        assertThat(second.declaration().indicators().get(0).target().value()).isEqualByComparingTo("6");
        assertThat(second.declaration().indicators().get(0).key()).isEqualTo(first.declaration().indicators().get(0).key());
        assertThat(second.declaration().indicators().get(5).key()).isEqualTo(7);
        assertThat(second.removed()).singleElement().satisfies(r -> {
            assertThat(r.indicator().name()).isEqualTo("人均培训成本");
            assertThat(r.fromVersion()).isEqualTo(2);
        });
    }

    @Test
    void an_amount_below_the_other_funds_or_negative_is_refused_naming_it() {
        assertThatThrownBy(() -> new Adjustment("", "", d("15"), List.of()).applyTo(first))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15").hasMessageContaining("其他资金 20")
                .hasMessageContaining("other funds (20)");
        assertThatThrownBy(() -> new Adjustment("", "", d("-1"), List.of()).applyTo(first))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void where_no_fiscal_allocation_is_given_the_amount_changes_the_total_alone() {
        DeclarationVersion noParts = DeclarationVersion.first(SampleDeclarations.valid()
                .withAnnualFunding(new DeclaredFunding(d("100"), null, null)));
        DeclaredFunding after = new Adjustment("", "", d("120"), List.of()).applyTo(noParts).declaration().annualFunding();
        assertThat(after.total()).isEqualByComparingTo("120");
        assertThat(after.fiscal()).isNull();
        assertThat(after.other()).isNull();
    }

    @Test
    void every_version_stays_as_it_was_approved() {
        new Adjustment("", "", null, List.of(IndicatorChange.delete(0))).applyTo(first);
        assertThat(first.declaration().indicators()).hasSize(6);
        assertThat(first.removed()).isEmpty();
    }

    @Test
    void an_adjustment_without_a_goal_or_amount_keeps_the_versions() {
        DeclarationVersion second = new Adjustment("", "只调指标", null, List.of()).applyTo(first);
        assertThat(second.declaration().goals()).isEqualTo(first.declaration().goals());
        assertThat(second.declaration().annualFunding()).isEqualTo(first.declaration().annualFunding());
    }

    @Test
    void a_change_of_an_indicator_the_version_does_not_have_is_refused_naming_the_change() {
        Adjustment a = new Adjustment("", "", null, List.of(IndicatorChange.delete(0), IndicatorChange.delete(9)));
        assertThatThrownBy(() -> a.applyTo(first)).hasMessageContaining("第 2 项调整").hasMessageContaining("change 2");
    }

    @Test
    void two_changes_of_one_indicator_are_refused() {
        Adjustment a = new Adjustment("", "", null, List.of(IndicatorChange.delete(1),
                IndicatorChange.modify(1, indicator("产出指标", "质量指标", "考试合格率", "≥", "80", "%"))));
        assertThatThrownBy(() -> a.applyTo(first)).hasMessageContaining("changed twice");
    }

    @Test
    void a_change_without_the_indicator_it_needs_is_refused_when_made() {
        assertThatThrownBy(() -> new IndicatorChange(IndicatorChange.Kind.MODIFY, 0, null)).hasMessageContaining("carries the indicator");
        assertThatThrownBy(() -> new IndicatorChange(IndicatorChange.Kind.DELETE, null, null)).hasMessageContaining("indicatorIndex");
    }
}
