package org.jixiao.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jixiao.core.evaluation.Target;

class LightProperties {
    private static final MonitoringRules NATIONAL = MonitoringRules.national();
    private final LightRules lights = new LightRules(NATIONAL);

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2);
    }

    @Property
    void raising_the_completion_to_date_never_worsens_an_at_least_light(
            @ForAll("amounts") BigDecimal done, @ForAll("amounts") BigDecimal more,
            @ForAll @IntRange(min = 1, max = 1000) int target, @ForAll @IntRange(min = 1, max = 12) int month) {
        Elapsed e = Elapsed.of(2023, month, MonitoringRules.ElapsedBy.MONTHS);
        Light before = lights.indicator(entry(target, done), e).light();
        Light after = lights.indicator(entry(target, done.add(more)), e).light();
        // worse means further behind: blue (ahead) is not worse than green for this purpose
        assertThat(rank(after)).isGreaterThanOrEqualTo(rank(before));
    }

    @Property
    void the_projects_light_is_never_better_than_any_of_its_indicators(
            @ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b, @ForAll("amounts") BigDecimal executed,
            @ForAll @IntRange(min = 1, max = 12) int month) {
        List<IndicatorEntry> entries = List.of(entry(8, a), entry(100, b));
        MonitoringReport r = new MonitoringReport(null, 2023, month, new BigDecimal("1000"), executed, null, Set.of(), "", "", entries);
        MonitoringAssessment m = MonitoringAssessment.of(r, NATIONAL);
        List<Light> all = new ArrayList<>();
        m.indicators().stream().filter(Objects::nonNull).map(Progress::light).forEach(all::add);
        all.add(m.budget().light());
        assertThat(all).allSatisfy(l -> assertThat(l.isWorseThan(m.project())).isFalse());
    }

    private static IndicatorEntry entry(int target, BigDecimal done) {
        return new IndicatorEntry("产出指标", "数量指标", "完成次数", Target.of("≥", Integer.toString(target), "次"), done, null, null, Set.of(), "", "");
    }

    /** Progress order of the lights of an at-least target: red < yellow < green < blue. */
    private static int rank(Light l) {
        return switch (l) {
            case RED -> 0;
            case YELLOW -> 1;
            case GREEN -> 2;
            case BLUE -> 3;
        };
    }
}
