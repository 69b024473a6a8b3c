package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Funding;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.rules.BlankActualScoresNothing;
import org.jixiao.core.scoring.rules.IndicatorRule;
import org.jixiao.core.scoring.rules.Rules;

/** Scores self-evaluations under one scheme. Immutable and thread-safe; build one per scheme and reuse it. */
public final class Scorer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Scheme scheme;
    private final IndicatorRule[] rules;

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
        for (int k = 0; k < indicators.size(); k++) {
            IndicatorScore s = score(indicators.get(k), weights.get(k));
            scores.add(s);
            if (s.counts() && s.weight() != null) {
                weightSum = weightSum.add(s.weight());
            }
            if (s.counts() && s.score() != null) {
                scoreSum = scoreSum.add(s.score());
            }
        }
        BudgetScore budget = scheme.scoresBudget() ? scoreBudget(evaluation.funding()) : null;
        BigDecimal total = budget == null || budget.score() == null ? scoreSum : budget.score().add(scoreSum);
        total = total.setScale(scheme.scale(), scheme.rounding());
        return new ScoreSheet(scheme.id(), scheme.version(), budget, scores, weightSum, scoreSum.setScale(scheme.scale(), scheme.rounding()),
                total, scheme.maxTotal(), Grade.of(total, scheme), scheme.hasGradeBands());
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
                return rule.score(indicator, weight);
            }
        }
        // e.g. a target of >= 0 under a scheme whose rules all need a positive target: the figures may be fine
        BigDecimal printed = indicator.reportedScore() == null ? BigDecimal.ZERO : indicator.reportedScore();
        return new IndicatorScore(weight, indicator.reportedScore(), indicator.reportedScore(), Basis.KEPT_REPORTED,
                Explanation.of(Formula.KEPT_NO_RULE, indicator.target().text(), indicator.actual().text(), printed), "none");
    }

    /**
     * Execution: rate = 全年执行数 / 全年预算数 (the adjusted budget), score = weight × min(rate, 1), each rounded
     * once for display. Where the printed total is empty or 0 the sub-rows' sum is used.
     */
    public BudgetScore scoreBudget(Funding funding) {
        FundingRow row = funding.effectiveTotal();
        BigDecimal weight = funding.weight() != null ? funding.weight() : scheme.budgetExecution().defaultWeight();
        BigDecimal reported = funding.reportedScore();
        BigDecimal base = null;
        BigDecimal executed = null;
        if (row != null) {
            boolean initialBase = "initial".equals(scheme.budgetExecution().base());
            base = initialBase ? row.initial() : row.annual();
            if (base == null || base.signum() == 0) {
                base = initialBase ? row.annual() : row.initial();
            }
            executed = row.executed() == null ? BigDecimal.ZERO : row.executed();
        }
        if (base == null || base.signum() <= 0 || weight == null) {
            return new BudgetScore(base, executed, null, weight, reported, reported, false,
                    Explanation.of(Formula.EXECUTION_NO_BUDGET, reported == null ? "—" : reported));
        }
        BigDecimal ratePct = executed.multiply(HUNDRED).divide(base, 2, scheme.rounding());
        BigDecimal score;
        Explanation e;
        if (executed.compareTo(base) >= 0) {
            score = weight.setScale(scheme.scale(), scheme.rounding());
            e = Explanation.of(Formula.EXECUTION_FULL, executed, base, score);
        } else {
            score = weight.multiply(executed.max(BigDecimal.ZERO)).divide(base, scheme.scale(), scheme.rounding());
            e = Explanation.of(Formula.EXECUTION_PROPORTIONAL, weight, executed, base, score);
        }
        return new BudgetScore(base, executed, ratePct, weight, reported, score, true, e);
    }
}
