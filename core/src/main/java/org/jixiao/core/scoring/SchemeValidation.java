package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.core.scoring.rules.FreeWeightsWithinTotal;
import org.jixiao.core.scoring.rules.NestedPercentages;
import org.jixiao.core.scoring.rules.Rules;
import org.jixiao.core.scoring.rules.ScaledGroups;

/**
 * A scheme file checked when it is loaded, not when a table is scored: options that contradict each other (grade
 * bands or qualitative tiers with gaps, weights that do not add up to the scheme's totals, a rule kind without its
 * option) are refused naming the file and the field, in Chinese and English.
 */
final class SchemeValidation {
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
            throw new IllegalArgumentException("scheme file " + source + ": \"id\" is missing / 缺少 id");
        }
        if (s.version() == null || s.maxTotal() == null || s.rules().isEmpty()) {
            throw new IllegalArgumentException("scheme " + s.id() + " (" + source + "): \"version\", \"maxTotal\" and \"rules\" are required / 缺少必填字段");
        }
        if (s.scale() < 0 || s.scale() > 6) {
            throw new IllegalArgumentException("scheme " + s.id() + ": \"scale\" must be 0 to 6 / 小数位须在 0–6 之间");
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
            throw refused("budgetExecution.base", "\"" + b.base() + "\" is no base (annual, initial, fiscal-with-carry-over)",
                    "“" + b.base() + "”不是可用的执行率基数（annual、initial、fiscal-with-carry-over）");
        }
        if (b.defaultWeight() == null || b.defaultWeight().signum() <= 0) {
            throw refused("budgetExecution.defaultWeight", "must be a positive weight", "须为正数");
        }
    }

    private void gradeBands() {
        List<Scheme.GradeBand> bands = s.gradeBands();
        Set<String> grades = new HashSet<>();
        for (int k = 0; k < bands.size(); k++) {
            Scheme.GradeBand band = bands.get(k);
            if (band.min() == null || band.grade() == null || band.grade().isBlank()) {
                throw refused("gradeBands", "band " + (k + 1) + " needs a grade and a min", "第 " + (k + 1) + " 档须有等级和下限");
            }
            if (!grades.add(band.grade())) {
                throw refused("gradeBands", "grade \"" + band.grade() + "\" is given twice", "等级“" + band.grade() + "”重复");
            }
            if (band.min().compareTo(s.maxTotal()) > 0) {
                throw refused("gradeBands", "band \"" + band.grade() + "\" starts at " + band.min().toPlainString()
                        + ", above full marks " + s.maxTotal().toPlainString(), "“" + band.grade() + "”一档自 "
                        + band.min().toPlainString() + " 分起，高于满分 " + s.maxTotal().toPlainString());
            }
            if (k > 0 && band.min().compareTo(bands.get(k - 1).min()) >= 0) {
                throw new IllegalArgumentException("scheme " + s.id() + ": grade bands must be listed highest first / 等级须从高到低排列");
            }
        }
        // without a band from 0, a total below the lowest bound would get a grade no band gives it
        Scheme.GradeBand lowest = bands.get(bands.size() - 1);
        if (lowest.min().signum() != 0) {
            String from = lowest.min().toPlainString();
            throw new IllegalArgumentException("scheme file " + source + ": the lowest band of \"gradeBands\" (\"" + lowest.grade()
                    + "\", from " + from + ") must start at 0 / 评分方案文件 " + source + " 的 \"gradeBands\" 最低一档（“"
                    + lowest.grade() + "”，自 " + from + " 分）须从 0 分起");
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
                throw refused("qualitativeTiers", "tier \"" + t.key() + "\" must run from where the one above ends ("
                        + expectedMax.toPlainString() + " %) down to a lower bound", "“" + t.key() + "”档须自上一档下限（"
                        + expectedMax.toPlainString() + "%）起向下");
            }
            expectedMax = t.minPct();
        }
        if (expectedMax.signum() != 0) {
            throw refused("qualitativeTiers", "the lowest tier must end at 0 %", "最低一档须到 0% 为止");
        }
    }

    private void commonIndicators() {
        for (Scheme.CommonIndicator c : s.commonIndicators()) {
            if (c.name() == null || c.name().isBlank()) {
                throw refused("commonIndicators", "an indicator has no name", "有共性指标缺少名称");
            }
            if ((c.deduction() == null) == (c.checklist() == null)) {
                throw refused("commonIndicators", "\"" + c.name() + "\" must be scored either by \"deduction\" or as a \"checklist\"",
                        "“" + c.name() + "”须且只能有 \"deduction\" 或 \"checklist\" 之一");
            }
            if (c.deduction() != null && (c.deduction().threshold() == null || c.deduction().perPoint() == null
                    || c.deduction().perPoint().signum() <= 0)) {
                throw refused("commonIndicators", "\"" + c.name() + "\": a deduction needs a threshold and a positive perPoint",
                        "“" + c.name() + "”：扣分规则须有 threshold 和正的 perPoint");
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
                throw refused("categoryWeights", "rule free-weights leaves the first-level split free, so no categoryWeights may be set",
                        "规则 free-weights 不固定一级指标分值，不能再设 categoryWeights");
            }
            if (s.indicatorWeightTotal() == null) {
                throw refused("indicatorWeightTotal", "rule free-weights holds the weights to this total, which is missing",
                        "规则 free-weights 以此总分值核对指标分值，但未设置");
            }
        }
        if (s.lists(NestedPercentages.ID)) {
            expectSum("categoryWeights", execution.add(categories), "execution + the first-level weights", "资金执行与一级指标权重之和");
            return;
        }
        BigDecimal indicatorPoints = s.lists(ScaledGroups.ID) ? s.scaledGroups().points() : s.indicatorWeightTotal();
        String field = s.lists(ScaledGroups.ID) ? "scaledGroups.points" : "indicatorWeightTotal";
        if (indicatorPoints != null) {
            expectSum(field, execution.add(indicatorPoints), "execution + the indicators' points", "资金执行与指标分值之和");
        }
        if (!s.categoryWeights().isEmpty() && s.indicatorWeightTotal() != null && !s.lists(ScaledGroups.ID)) {
            BigDecimal shared = s.equalShare() == null ? BigDecimal.ZERO : s.equalShare().points();
            if (categories.add(shared).compareTo(s.indicatorWeightTotal()) != 0) {
                throw refused("categoryWeights", "the first-level weights" + (shared.signum() > 0 ? " and the points shared equally" : "")
                        + " add up to " + categories.add(shared).toPlainString() + ", not to indicatorWeightTotal "
                        + s.indicatorWeightTotal().toPlainString(), "一级指标分值" + (shared.signum() > 0 ? "与平均分配的分值" : "")
                        + "合计 " + categories.add(shared).toPlainString() + "，不等于 indicatorWeightTotal "
                        + s.indicatorWeightTotal().toPlainString());
            }
        }
    }

    private void expectSum(String field, BigDecimal sum, String en, String zh) {
        if (sum.compareTo(s.maxTotal()) != 0) {
            throw refused(field, en + " is " + sum.toPlainString() + ", not the full marks " + s.maxTotal().toPlainString(),
                    zh + "为 " + sum.toPlainString() + "，不等于满分 " + s.maxTotal().toPlainString());
        }
    }

    private IllegalArgumentException refused(String field, String en, String zh) {
        return new IllegalArgumentException("scheme file " + source + " (" + s.id() + "): field \"" + field + "\": " + en
                + " / 评分方案文件 " + source + "（" + s.id() + "）的字段 \"" + field + "\"：" + zh);
    }
}
