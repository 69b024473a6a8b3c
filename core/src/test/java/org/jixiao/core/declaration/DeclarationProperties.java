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

/** Adjusting and generating never lose an indicator: each declared one is in the evaluation, counting or excluded. */
class DeclarationProperties {

    /** One step of an adjustment, as numbers to be fitted to the version it is applied to. */
    record Step(int kind, int index, int value) {
    }

    @Provide
    Arbitrary<List<List<Step>>> adjustments() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(1, 999)).as(Step::new);
        return step.list().ofMaxSize(5).list().ofMaxSize(6);
    }

    private static Adjustment fitted(List<Step> steps, DeclarationVersion v) {
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
        return new Adjustment("", "", null, changes);
    }

    @Property
    void every_indicator_ever_declared_is_in_the_evaluation_or_excluded_by_the_adjustment_that_removed_it(
            @ForAll("adjustments") List<List<Step>> adjustments) {
        DeclarationVersion first = DeclarationVersion.first(SampleDeclarations.valid());
        DeclarationVersion v = first;
        Set<Integer> everDeclared = new HashSet<>();
        first.declaration().indicators().forEach(i -> everDeclared.add(i.key()));
        for (List<Step> steps : adjustments) {
            v = fitted(steps, v).applyTo(v);
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
    }
}
