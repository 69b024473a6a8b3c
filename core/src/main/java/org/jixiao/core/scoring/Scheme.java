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
 * @param source                where the scheme's figures come from (the notice, the form), for a reader of the file
 * @param commonIndicators      a fixed tree of common indicators (department-wide forms) with their own rules, or empty
 * @param scaledGroups          the points the printed groups are scaled into (80 when execution takes 20), or null
 * @param weightedConversion    each indicator scored out of full marks, then × its weight % (折算), or null
 * @param titles                words of a printed title that name this scheme's form (部门预算项目支出绩效自评表), as
 *                              evidence for choosing it
 */
public record Scheme(String id, String version, Map<String, String> name, List<String> layouts, BigDecimal maxTotal,
                     int scale, RoundingMode rounding, BudgetExecution budgetExecution,
                     Map<Category, BigDecimal> categoryWeights, BigDecimal indicatorWeightTotal, List<String> rules,
                     ReverseFormula reverseFormula, BigDecimal overAchievementRatio, CompletionBands completionBands,
                     List<QualitativeTier> qualitativeTiers, Map<String, BigDecimal> qualitativeWords,
                     EqualShare equalShare, List<GradeBand> gradeBands, List<String> reverseNameHints,
                     boolean executionIndicatorScored, String source, List<CommonIndicator> commonIndicators,
                     ScaledGroups scaledGroups, WeightedConversion weightedConversion, List<String> titles) {

    /** A scheme without the options the later rule kinds added (common indicators, scaled groups, 折算). */
    public Scheme(String id, String version, Map<String, String> name, List<String> layouts, BigDecimal maxTotal,
                  int scale, RoundingMode rounding, BudgetExecution budgetExecution,
                  Map<Category, BigDecimal> categoryWeights, BigDecimal indicatorWeightTotal, List<String> rules,
                  ReverseFormula reverseFormula, BigDecimal overAchievementRatio, CompletionBands completionBands,
                  List<QualitativeTier> qualitativeTiers, Map<String, BigDecimal> qualitativeWords,
                  EqualShare equalShare, List<GradeBand> gradeBands, List<String> reverseNameHints,
                  boolean executionIndicatorScored) {
        this(id, version, name, layouts, maxTotal, scale, rounding, budgetExecution, categoryWeights, indicatorWeightTotal,
                rules, reverseFormula, overAchievementRatio, completionBands, qualitativeTiers, qualitativeWords, equalShare,
                gradeBands, reverseNameHints, executionIndicatorScored, null, null, null, null, null);
    }

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
        commonIndicators = commonIndicators == null ? List.of() : List.copyOf(commonIndicators);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    /** Missed reverse indicators: linear to zero at twice the target, or target / actual. */
    public enum ReverseFormula {
        /** w × max(0, 1 − (B − A) / A) */
        LINEAR_TO_ZERO_AT_DOUBLE,
        /** w × A / B */
        TARGET_OVER_ACTUAL
    }

    /**
     * @param defaultWeight  the weight when the table prints none (10; 20 on the 20-point forms)
     * @param base           which budget the rate is taken against: "annual" (全年预算数 / 调整后预算数), "initial"
     *                       (年初 / 财政批复预算数) or "fiscal-with-carry-over" (调整后财政资金总额: 当年财政拨款 + 上年结转)
     * @param reasonBelowPct an execution rate below this percentage needs a reason (Sichuan 90), or null
     */
    public record BudgetExecution(BigDecimal defaultWeight, String base, BigDecimal reasonBelowPct) {
        public BudgetExecution(BigDecimal defaultWeight, String base) {
            this(defaultWeight, base, null);
        }
    }

    /**
     * One indicator of a fixed common tree (部门整体支出 共性指标), matched by its 三级 name, with the weight the tree
     * gives it and how it is scored: by deduction per percentage point or as a checklist.
     *
     * @param level1    一级 of the tree, for display
     * @param name      三级 name, matched against the table's (contained in it, white space and brackets ignored)
     * @param weight    the tree's weight, used where the table prints none; null where the tree publishes none
     * @param deduction full marks at or under the threshold, minus so many points per percentage point over it
     * @param checklist so many points per item satisfied, capped at the weight
     */
    public record CommonIndicator(String level1, String name, BigDecimal weight, Deduction deduction, Checklist checklist) {
    }

    /**
     * @param threshold the percentage up to which the indicator scores full marks (在职人员控制率 100; 三公经费变动率 0)
     * @param perPoint  points deducted per percentage point over it (0.5; 0.8)
     */
    public record Deduction(BigDecimal threshold, BigDecimal perPoint) {
    }

    /** @param pointsPerItem points per item satisfied; null where the form publishes none (the rule then says so) */
    public record Checklist(BigDecimal pointsPerItem) {
    }

    /** @param points the share of the total the printed indicator groups are scaled into (80 of 100) */
    public record ScaledGroups(BigDecimal points) {
    }

    /** @param fullMarks what each indicator is scored out of before its weight % is applied (100) */
    public record WeightedConversion(BigDecimal fullMarks) {
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

    /** True when the scheme's rules list names the rule. */
    public boolean lists(String ruleId) {
        return rules.contains(ruleId);
    }

    /** The weight execution carries when the table prints none; null when the scheme does not score it. */
    public BigDecimal executionWeight() {
        return budgetExecution == null ? null : budgetExecution.defaultWeight();
    }

    public boolean hasGradeBands() {
        return gradeBands != null && !gradeBands.isEmpty();
    }

    public String displayName(String lang) {
        return name.getOrDefault(lang, name.getOrDefault("zh", id));
    }
}
