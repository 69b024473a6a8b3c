package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.core.scoring.rules.FreeWeightsWithinTotal;
import org.jixiao.core.scoring.rules.NestedPercentages;
import org.jixiao.core.scoring.rules.Rules;
import org.jixiao.core.scoring.rules.ScaledGroups;
import org.jixiao.core.text.Messages;

/**
 * A scheme file checked when it is loaded, not when a table is scored: options that contradict each other (grade
 * bands or qualitative tiers with gaps, weights that do not add up to the scheme's totals, a rule kind without its
 * option) are refused naming the file and the field, in Chinese and English (org/jixiao/core/messages*.properties).
 */
final class SchemeValidation {
    private static final Messages M = Messages.CORE;
    private final Scheme s;
    private final String source;

    private SchemeValidation(Scheme s, String source) {
        this.s = s;
        this.source = source;
    }

    static void validate(Scheme s, String source) {
        new SchemeValidation(s, source).run();
    }

    private void run() {
        if (s.id() == null || s.id().isBlank()) {
            throw new IllegalArgumentException(M.bothEnglishFirst("scheme.id_missing", source));
        }
        if (s.version() == null || s.maxTotal() == null || s.rules().isEmpty()) {
            throw new IllegalArgumentException(M.bothEnglishFirst("scheme.required_missing", s.id(), source));
        }
        if (s.scale() < 0 || s.scale() > 6) {
            throw new IllegalArgumentException(M.bothEnglishFirst("scheme.scale", s.id()));
        }
        if (s.budgetExecution() != null) {
            execution();
        }
        if (s.hasGradeBands()) {
            gradeBands();
        }
        qualitativeTiers();
        commonIndicators();
        Rules.forScheme(s); // fails on unknown rule ids and a rule kind without its options
        weights();
    }

    private void execution() {
        Scheme.BudgetExecution b = s.budgetExecution();
        if (!ExecutionByWeightAndBase.isKnownBase(b.base())) {
            throw refused("budgetExecution.base", "scheme.base_unknown", b.base());
        }
        if (b.defaultWeight() == null || b.defaultWeight().signum() <= 0) {
            throw refused("budgetExecution.defaultWeight", "scheme.weight_positive");
        }
    }

    private void gradeBands() {
        List<Scheme.GradeBand> bands = s.gradeBands();
        Set<String> grades = new HashSet<>();
        for (int k = 0; k < bands.size(); k++) {
            Scheme.GradeBand band = bands.get(k);
            if (band.min() == null || band.grade() == null || band.grade().isBlank()) {
                throw refused("gradeBands", "scheme.band_incomplete", k + 1);
            }
            if (!grades.add(band.grade())) {
                throw refused("gradeBands", "scheme.band_twice", band.grade());
            }
            if (band.min().compareTo(s.maxTotal()) > 0) {
                throw refused("gradeBands", "scheme.band_above_full_marks", band.grade(), band.min(), s.maxTotal());
            }
            if (k > 0 && band.min().compareTo(bands.get(k - 1).min()) >= 0) {
                throw new IllegalArgumentException(M.bothEnglishFirst("scheme.bands_order", s.id()));
            }
        }
        // without a band from 0, a total below the lowest bound would get a grade no band gives it
        Scheme.GradeBand lowest = bands.get(bands.size() - 1);
        if (lowest.min().signum() != 0) {
            throw new IllegalArgumentException(M.bothEnglishFirst("scheme.lowest_band", source, lowest.grade(), lowest.min()));
        }
    }

    /** Tiers from 100 down to 0, each starting where the one above ends: a score in no tier cannot be checked. */
    private void qualitativeTiers() {
        List<Scheme.QualitativeTier> tiers = s.qualitativeTiers();
        if (tiers.isEmpty()) {
            return;
        }
        BigDecimal top = BigDecimal.valueOf(100);
        BigDecimal expectedMax = top;
        for (Scheme.QualitativeTier t : tiers) {
            if (t.minPct() == null || t.maxPct() == null || t.maxPct().compareTo(expectedMax) != 0 || t.minPct().compareTo(t.maxPct()) >= 0) {
                throw refused("qualitativeTiers", "scheme.tier_gap", t.key(), expectedMax);
            }
            expectedMax = t.minPct();
        }
        if (expectedMax.signum() != 0) {
            throw refused("qualitativeTiers", "scheme.lowest_tier");
        }
    }

    private void commonIndicators() {
        for (Scheme.CommonIndicator c : s.commonIndicators()) {
            if (c.name() == null || c.name().isBlank()) {
                throw refused("commonIndicators", "scheme.common_unnamed");
            }
            if ((c.deduction() == null) == (c.checklist() == null)) {
                throw refused("commonIndicators", "scheme.common_one_way", c.name());
            }
            if (c.deduction() != null && (c.deduction().threshold() == null || c.deduction().perPoint() == null
                    || c.deduction().perPoint().signum() <= 0)) {
                throw refused("commonIndicators", "scheme.common_deduction", c.name());
            }
        }
    }

    /**
     * Full marks = execution + the indicators' points; the first-level weights (with the points shared equally)
     * = the indicators' points; nested percentages: execution + the first-level weights = full marks.
     */
    private void weights() {
        BigDecimal execution = s.scoresBudget() ? s.executionWeight() : BigDecimal.ZERO;
        BigDecimal categories = s.categoryWeights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (s.lists(FreeWeightsWithinTotal.ID)) {
            if (!s.categoryWeights().isEmpty()) {
                throw refused("categoryWeights", "scheme.free_weights_categories");
            }
            if (s.indicatorWeightTotal() == null) {
                throw refused("indicatorWeightTotal", "scheme.free_weights_total");
            }
        }
        if (s.lists(NestedPercentages.ID)) {
            expectSum("categoryWeights", execution.add(categories), "scheme.sum_categories");
            return;
        }
        BigDecimal indicatorPoints = s.lists(ScaledGroups.ID) ? s.scaledGroups().points() : s.indicatorWeightTotal();
        String field = s.lists(ScaledGroups.ID) ? "scaledGroups.points" : "indicatorWeightTotal";
        if (indicatorPoints != null) {
            expectSum(field, execution.add(indicatorPoints), "scheme.sum_indicators");
        }
        if (!s.categoryWeights().isEmpty() && s.indicatorWeightTotal() != null && !s.lists(ScaledGroups.ID)) {
            BigDecimal shared = s.equalShare() == null ? BigDecimal.ZERO : s.equalShare().points();
            if (categories.add(shared).compareTo(s.indicatorWeightTotal()) != 0) {
                throw refused("categoryWeights", shared.signum() > 0 ? "scheme.categories_and_shared_sum" : "scheme.categories_sum",
                        categories.add(shared), s.indicatorWeightTotal());
            }
        }
    }

    private void expectSum(String field, BigDecimal sum, String sumKey) {
        if (sum.compareTo(s.maxTotal()) != 0) {
            throw refused(field, "scheme.sum_not_full_marks", Messages.nested(sumKey), sum, s.maxTotal());
        }
    }

    /** "scheme file F (id): field "f": what / 评分方案文件 F（id）的字段 "f"：what", each half in its own language. */
    private IllegalArgumentException refused(String field, String key, Object... args) {
        return new IllegalArgumentException(M.bothEnglishFirst("scheme.field", source, s.id(), field, Messages.nested(key, args)));
    }
}
