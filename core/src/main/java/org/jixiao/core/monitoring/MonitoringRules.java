package org.jixiao.core.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.core.text.Messages;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The options of the monitoring lights (lifecycle §4), as data: regions use other thresholds and months.
 *
 * @param id              the rules' name ("national")
 * @param source          where the figures come from
 * @param elapsedBy       {@code MONTHS} (e = N / 12) or {@code DAYS} (days to the month's end / days of the year)
 * @param red             progress below this is red (percent)
 * @param yellow          below this (and not red) is yellow
 * @param blue            at or above this is blue (ahead of plan); never for an at-most target
 * @param levelUnits      units that make an indicator a level, not pro-rated ("%")
 * @param levelNameEnds   name endings that make it a level (率, 度: 合格率, 满意度)
 * @param qualitative     the light of a qualitative indicator by its likelihood
 * @param budget          how the budget's light is judged
 */
public record MonitoringRules(String id, String source, ElapsedBy elapsedBy, BigDecimal red, BigDecimal yellow,
                              BigDecimal blue, List<String> levelUnits, List<String> levelNameEnds,
                              Map<Likelihood, Light> qualitative, BudgetRule budget) {

    public enum ElapsedBy { MONTHS, DAYS }

    /**
     * The budget light: by the execution rate against the elapsed share ({@code RATIO}, with the red and yellow
     * thresholds), or by fixed cut-offs ({@code CUTOFFS}: after a month, an execution rate below a percentage is a
     * light — 40 % after July, 60 % at the end of September in some regions).
     */
    public record BudgetRule(Kind kind, BigDecimal red, BigDecimal yellow, List<Cutoff> cutoffs) {
        public enum Kind { RATIO, CUTOFFS }

        public BudgetRule {
            cutoffs = cutoffs == null ? List.of() : List.copyOf(cutoffs);
        }
    }

    /** From month {@code fromMonth} on, an execution rate below {@code belowPct} is {@code light}. */
    public record Cutoff(int fromMonth, BigDecimal belowPct, Light light) {
    }

    public MonitoringRules {
        levelUnits = levelUnits == null ? List.of() : List.copyOf(levelUnits);
        levelNameEnds = levelNameEnds == null ? List.of() : List.copyOf(levelNameEnds);
        qualitative = qualitative == null ? Map.of() : Map.copyOf(qualitative);
        refuseContradictions(id, red, yellow, blue, qualitative, budget);
    }

    private static void refuseContradictions(String id, BigDecimal red, BigDecimal yellow, BigDecimal blue,
                                             Map<Likelihood, Light> qualitative, BudgetRule budget) {
        if (red == null || yellow == null || blue == null || red.compareTo(yellow) > 0 || yellow.compareTo(blue) > 0) {
            throw new IllegalArgumentException(Messages.CORE.both("monitoring.thresholds_order", id));
        }
        if (!qualitative.keySet().containsAll(List.of(Likelihood.values()))) {
            throw new IllegalArgumentException(Messages.CORE.both("monitoring.qualitative_lights", id));
        }
        if (budget == null || budget.kind() == null
                || (budget.kind() == BudgetRule.Kind.RATIO && (budget.red() == null || budget.yellow() == null))
                || (budget.kind() == BudgetRule.Kind.CUTOFFS && budget.cutoffs().isEmpty())) {
            throw new IllegalArgumentException(Messages.CORE.both("monitoring.budget_options", id));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The built-in rules of lifecycle §4. */
    public static MonitoringRules national() {
        return builtIn("national");
    }

    /** The names of the rule sets jixiao carries (rules/index.txt: adding a region's file and its line is enough). */
    public static List<String> builtInIds() {
        try (InputStream in = MonitoringRules.class.getResourceAsStream("rules/index.txt")) {
            if (in == null) {
                throw new IllegalStateException("rules/index.txt is missing");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MonitoringRules builtIn(String id) {
        try (InputStream in = MonitoringRules.class.getResourceAsStream("rules/" + id + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException(Messages.CORE.both("monitoring.unknown", id));
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MonitoringRules read(InputStream json) {
        return JSON.readValue(json, MonitoringRules.class);
    }
}
