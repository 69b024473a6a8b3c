package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.rules.CommonIndicators;
import org.jixiao.core.scoring.rules.ConvertedByWeightPercent;
import org.jixiao.core.scoring.rules.BlankActualScoresNothing;
import org.jixiao.core.scoring.rules.IndicatorRule;
import org.jixiao.core.scoring.rules.Rules;
import org.jixiao.core.scoring.rules.TotalRule;

/** Scores self-evaluations under one scheme. Thread-safe; build one per scheme and reuse it. */
public final class Scorer {
    private final Scheme scheme;
    private final IndicatorRule[] rules;
    private final TotalRule totalRule;
    private final ConvertedByWeightPercent conversion;
    private final CommonIndicators commonTree;
    private final ExecutionByWeightAndBase execution;

    /** A scorer of published tables: where the inputs cannot be scored by rule, the printed score is kept. */
    public Scorer(Scheme scheme) {
        this(scheme, false);
    }

    private Scorer(Scheme scheme, boolean formBeingFilled) {
        this.scheme = scheme;
        List<IndicatorRule> inOrder = new ArrayList<>();
        if (formBeingFilled) {
            inOrder.add(new BlankActualScoresNothing(scheme));
        }
        inOrder.addAll(Rules.forScheme(scheme));
        this.rules = inOrder.toArray(IndicatorRule[]::new);
        this.totalRule = Rules.totalRule(scheme);
        this.conversion = Rules.conversion(scheme);
        this.commonTree = new CommonIndicators(scheme.commonIndicators());
        this.execution = new ExecutionByWeightAndBase(scheme);
    }

    /**
     * A scorer of forms being filled in jixiao, whose figures jixiao makes: a blank actual scores nothing until it
     * is filled ({@link BlankActualScoresNothing}); every other rule as for published tables.
     */
    public static Scorer forFormsBeingFilled(Scheme scheme) {
        return new Scorer(scheme, true);
    }

    public Scheme scheme() {
        return scheme;
    }

    /** Scores every figure of the evaluation. */
    public ScoreSheet score(SelfEvaluation evaluation) {
        List<Indicator> indicators = evaluation.indicators();
        List<BigDecimal> weights = EqualShareWeights.weightsFor(indicators, scheme);
        List<IndicatorScore> scores = new ArrayList<>(indicators.size());
        BigDecimal weightSum = BigDecimal.ZERO;
        BigDecimal scoreSum = BigDecimal.ZERO;
        boolean anyExcluded = false;
        for (int k = 0; k < indicators.size(); k++) {
            IndicatorScore s = score(indicators.get(k), weights.get(k) != null ? weights.get(k) : treeWeight(indicators.get(k)));
            scores.add(s);
            anyExcluded |= !s.counts();
            if (s.counts() && s.weight() != null) {
                weightSum = weightSum.add(s.weight());
            }
            if (s.counts() && s.score() != null) {
                scoreSum = scoreSum.add(s.score());
            }
        }
        BudgetScore budget = scheme.scoresBudget() ? scoreBudget(evaluation.funding()) : null;
        TotalRule.Total total = totalRule.total(new TotalRule.Table(budget, indicators, scores, scoreSum, weightSum, anyExcluded));
        BigDecimal value = total.value().setScale(scheme.scale(), scheme.rounding());
        return new ScoreSheet(scheme.id(), scheme.version(), budget, scores, weightSum, scoreSum.setScale(scheme.scale(), scheme.rounding()),
                value, scheme.maxTotal(), Grade.of(value, scheme), scheme.hasGradeBands(), total.explanation());
    }

    /** The weight a fixed common tree gives an indicator printed without one, or null. */
    private BigDecimal treeWeight(Indicator i) {
        if (!i.actual().isReported()) {
            return null;
        }
        Scheme.CommonIndicator c = commonTree.find(i);
        return c == null ? null : c.weight();
    }

    /** Scores one indicator with its printed weight. */
    public IndicatorScore score(Indicator indicator) {
        return score(indicator, indicator.weight());
    }

    /** Scores one indicator with the given weight (null: the indicator has none). */
    public IndicatorScore score(Indicator indicator, BigDecimal weight) {
        for (IndicatorRule rule : rules) {
            if (rule.appliesTo(indicator)) {
                if (weight == null && indicator.actual().isReported()) {
                    BigDecimal printed = indicator.reportedScore();
                    return new IndicatorScore(null, printed, printed, Basis.KEPT_REPORTED,
                            Explanation.of(Formula.KEPT_NO_WEIGHT, printed == null ? "—" : printed), rule.id());
                }
                return conversion == null ? rule.score(indicator, weight)
                        : conversion.convert(indicator, weight, rule.score(indicator, conversion.fullMarks()));
            }
        }
        // e.g. a target of >= 0 under a scheme whose rules all need a positive target: the figures may be fine
        BigDecimal printed = indicator.reportedScore() == null ? BigDecimal.ZERO : indicator.reportedScore();
        return new IndicatorScore(weight, indicator.reportedScore(), indicator.reportedScore(), Basis.KEPT_REPORTED,
                Explanation.of(Formula.KEPT_NO_RULE, indicator.target().text(), indicator.actual().text(), printed), "none");
    }

    /** Execution: weight × min(rate, 1) against the scheme's base; see {@link ExecutionByWeightAndBase}. */
    public BudgetScore scoreBudget(Funding funding) {
        return execution.score(funding);
    }
}
