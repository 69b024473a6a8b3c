package org.jixiao.core.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Indicator;

/**
 * Adjusting and generating never lose an indicator: each declared one is in the evaluation, counting or excluded; and
 * whatever amounts the adjustments ask for, the annual funding still adds up (总额 = 财政拨款 + 其他资金).
 */
class DeclarationProperties {

    /** One step of an adjustment, as numbers to be fitted to the version it is applied to. */
    record Step(int kind, int index, int value) {
    }

    /** An adjustment as numbers: its steps, and the annual amount it asks for (null to keep the version's). */
    record Asked(List<Step> steps, Integer amount) {
    }

    @Provide
    Arbitrary<List<Asked>> adjustments() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(1, 999)).as(Step::new);
        // at least the sample's 其他资金 (20): below it the core refuses the amount
        Arbitrary<Integer> amount = Arbitraries.integers().between(20, 5000).injectNull(0.4);
        return Combinators.combine(step.list().ofMaxSize(5), amount).as(Asked::new).list().ofMaxSize(6);
    }

    private static Adjustment fitted(Asked asked, DeclarationVersion v) {
        List<Step> steps = asked.steps();
        int size = v.declaration().indicators().size();
        Set<Integer> used = new HashSet<>();
        List<IndicatorChange> changes = new ArrayList<>();
        for (Step s : steps) {
            int i = size == 0 ? 0 : s.index() % size;
            if (s.kind() == 0 || size == 0) {
                changes.add(IndicatorChange.add(SampleDeclarations.indicator("产出指标", "数量指标", "新增指标" + s.value(), "≥", "" + s.value(), "个")));
            } else if (used.add(i)) {
                DeclaredIndicator old = v.declaration().indicators().get(i);
                changes.add(s.kind() == 1
                        ? IndicatorChange.modify(i, SampleDeclarations.indicator(old.level1(), old.level2(), old.name(), "≥", "" + s.value(), "个"))
                        : IndicatorChange.delete(i));
            }
        }
        return new Adjustment("", "", asked.amount() == null ? null : new java.math.BigDecimal(asked.amount()), changes);
    }

    @Property
    void every_indicator_ever_declared_is_in_the_evaluation_or_excluded_by_the_adjustment_that_removed_it(
            @ForAll("adjustments") List<Asked> adjustments) {
        DeclarationVersion first = DeclarationVersion.first(SampleDeclarations.valid());
        DeclarationVersion v = first;
        Set<Integer> everDeclared = new HashSet<>();
        first.declaration().indicators().forEach(i -> everDeclared.add(i.key()));
        for (Asked asked : adjustments) {
            v = fitted(asked, v).applyTo(v);
            v.declaration().indicators().forEach(i -> everDeclared.add(i.key()));
        }

        List<Indicator> rows = EvaluationFromDeclaration.generate(first, v).evaluation().indicators();

        assertThat(rows).hasSize(everDeclared.size());
        long counting = rows.stream().filter(r -> r.actual().status() == ActualStatus.REPORTED).count();
        long excluded = rows.stream().filter(r -> r.actual().status() == ActualStatus.EXCLUDED).count();
        assertThat(counting).isEqualTo(v.declaration().indicators().size());
        assertThat(excluded).isEqualTo(v.removed().size());
        Set<Integer> keys = new HashSet<>();
        v.declaration().indicators().forEach(i -> keys.add(i.key()));
        v.removed().forEach(r -> keys.add(r.indicator().key()));
        assertThat(keys).isEqualTo(everDeclared);
        DeclaredFunding funding = v.declaration().annualFunding();
        assertThat(funding.total()).isEqualByComparingTo(funding.partsSum());
        assertThat(funding.other()).isEqualByComparingTo(first.declaration().annualFunding().other());
    }
}
