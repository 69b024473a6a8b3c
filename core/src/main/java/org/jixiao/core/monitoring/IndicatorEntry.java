package org.jixiao.core.monitoring;

import java.math.BigDecimal;
import java.util.Set;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.evaluation.Target;

/**
 * One indicator of a monitoring report: the approved target, and what the unit reports of it for 1–N月.
 *
 * @param level1      一级指标
 * @param level2      二级指标, null where the form has none
 * @param name        三级指标
 * @param target      the target of the latest approved version
 * @param toDate      1–N月完成情况, null where not yet filled (or for a qualitative indicator)
 * @param expected    全年预计完成情况, null where not filled
 * @param likelihood  完成目标可能性, null where not chosen
 * @param causes      偏差原因 (any of them)
 * @param causeText   the causes in words
 * @param measures    纠偏措施
 */
public record IndicatorEntry(String level1, String level2, String name, Target target, BigDecimal toDate, BigDecimal expected, Likelihood likelihood,
                             Set<DeviationCause> causes, String causeText, String measures) {

    public IndicatorEntry {
        causes = causes == null ? Set.of() : Set.copyOf(causes);
        causeText = causeText == null ? "" : causeText.strip();
        measures = measures == null ? "" : measures.strip();
    }

    /** An indicator of the approved goals, not yet reported on. */
    public static IndicatorEntry of(DeclaredIndicator i) {
        return new IndicatorEntry(i.level1(), i.level2(), i.name(), i.target(), null, null, null, Set.of(), "", "");
    }

    public boolean explainsADeviation() {
        return (!causes.isEmpty() || !causeText.isEmpty()) && !measures.isEmpty();
    }
}
