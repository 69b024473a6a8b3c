package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Category;

/**
 * A scoring scheme: every option of the rules, as data. Loaded from a scheme file by {@link Schemes}; a new region
 * or year is a new file, not new code.
 *
 * @param id                    stable id, e.g. {@code national-2020}
 * @param version               the scheme's version, frozen into a score sheet
 * @param name                  display name per language ("zh", "en")
 * @param layouts               the printed layouts this scheme is chosen for ("national", "suzhou" …)
 * @param maxTotal              the full mark of the form (100; Suzhou 80)
 * @param scale                 decimals of every displayed figure (2; 0 for whole points)
 * @param rounding              rounding of every displayed figure (HALF_UP)
 * @param budgetExecution       how the funding block is scored, or null when the scheme does not score it
 * @param categoryWeights       first-level weights (产出 50 …); validated, not enforced
 * @param indicatorWeightTotal  what the indicator weights should sum to (90; Suzhou 80)
 * @param rules                 ids of the indicator rules, tried in order; the first that applies scores
 * @param reverseFormula        how a missed reverse ({@code <=}) indicator scores
 * @param overAchievementRatio  actual / target at or past which an over-achievement needs an explanation (1.2)
 * @param completionBands       banded scoring on the completion rate (Suzhou), or null
 * @param qualitativeTiers      tiers of a qualitative score as fractions of the weight, or empty
 * @param qualitativeWords      words of a qualitative actual and their share of the weight in percent (好 100 …)
 * @param equalShare            weights shared equally among indicators (Suzhou 55 points), or null
 * @param gradeBands            grade bands, highest first; null when the scheme publishes none
 * @param reverseNameHints      words in an indicator's name that mean lower is better, for targets printed without a sign
 * @param executionIndicatorScored true where the scheme scores execution as an indicator of its own (Suzhou 预算执行率)
 */
public record Scheme(String id, String version, Map<String, String> name, List<String> layouts, BigDecimal maxTotal,
                     int scale, RoundingMode rounding, BudgetExecution budgetExecution,
                     Map<Category, BigDecimal> categoryWeights, BigDecimal indicatorWeightTotal, List<String> rules,
                     ReverseFormula reverseFormula, BigDecimal overAchievementRatio, CompletionBands completionBands,
                     List<QualitativeTier> qualitativeTiers, Map<String, BigDecimal> qualitativeWords,
                     EqualShare equalShare, List<GradeBand> gradeBands, List<String> reverseNameHints,
                     boolean executionIndicatorScored) {

    public Scheme {
        name = name == null ? Map.of() : Map.copyOf(name);
        layouts = layouts == null ? List.of() : List.copyOf(layouts);
        categoryWeights = categoryWeights == null ? Map.of() : Map.copyOf(categoryWeights);
        rules = rules == null ? List.of() : List.copyOf(rules);
        reverseFormula = reverseFormula == null ? ReverseFormula.LINEAR_TO_ZERO_AT_DOUBLE : reverseFormula;
        rounding = rounding == null ? RoundingMode.HALF_UP : rounding;
        qualitativeTiers = qualitativeTiers == null ? List.of() : List.copyOf(qualitativeTiers);
        qualitativeWords = qualitativeWords == null ? Map.of() : Map.copyOf(qualitativeWords);
        gradeBands = gradeBands == null ? null : List.copyOf(gradeBands);
        reverseNameHints = reverseNameHints == null ? List.of() : List.copyOf(reverseNameHints);
    }

    /** Missed reverse indicators: linear to zero at twice the target, or target / actual. */
    public enum ReverseFormula {
        /** w × max(0, 1 − (B − A) / A) */
        LINEAR_TO_ZERO_AT_DOUBLE,
        /** w × A / B */
        TARGET_OVER_ACTUAL
    }

    /**
     * @param defaultWeight the weight when the table prints none (10)
     * @param base          which budget the rate is taken against: "annual" (全年预算数) or "initial"
     */
    public record BudgetExecution(BigDecimal defaultWeight, String base) {
    }

    /**
     * Completion-rate bands: full marks from {@code lower} to the category's upper bound; below it each point
     * deducts {@code deductBelowPct} % of the weight, above it {@code deductAbovePct} %.
     */
    public record CompletionBands(BigDecimal lower, BigDecimal deductBelowPct, BigDecimal deductAbovePct,
                                  Map<Category, BigDecimal> upper, BigDecimal defaultUpper) {
        public BigDecimal upperFor(Category c) {
            BigDecimal u = upper == null ? null : upper.get(c);
            return u == null ? defaultUpper : u;
        }
    }

    /** A tier of qualitative scores: [minPct, maxPct] of the weight (the top tier includes its max). */
    public record QualitativeTier(String key, Map<String, String> name, BigDecimal minPct, BigDecimal maxPct) {
    }

    /**
     * @param categories  the categories that share the points
     * @param points      the points shared (55)
     * @param residueIndex which of them (0-based, in printed order) takes the rounding residue; negative counts from the end
     */
    public record EqualShare(List<Category> categories, BigDecimal points, int residueIndex) {
    }

    /** A grade and the lowest total that earns it (inclusive). */
    public record GradeBand(String grade, BigDecimal min) {
    }

    public boolean scoresBudget() {
        return budgetExecution != null;
    }

    public boolean hasGradeBands() {
        return gradeBands != null && !gradeBands.isEmpty();
    }

    public String displayName(String lang) {
        return name.getOrDefault(lang, name.getOrDefault("zh", id));
    }
}
