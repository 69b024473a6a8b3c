package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;

/**
 * Nested percentage weights: the first-level weights ({@code categoryWeights}) and execution add up to full marks;
 * inside each first level the indicators' points add up to 100; the total is execution plus
 * Σ first-level weight × (its indicators' scores) / 100.
 */
public final class NestedPercentages implements TotalRule {
    public static final String ID = "nested-percentages";
    private final Scheme scheme;

    public NestedPercentages(Scheme scheme) {
        if (scheme.categoryWeights().isEmpty()) {
            throw SchemeOptionMissing.of(scheme, ID, "categoryWeights");
        }
        this.scheme = scheme;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Total total(Table t) {
        Map<Category, BigDecimal> byLevel = new EnumMap<>(Category.class);
        for (int k = 0; k < t.scores().size(); k++) {
            IndicatorScore s = t.scores().get(k);
            if (s.counts() && s.score() != null) {
                byLevel.merge(t.indicators().get(k).category(), s.score(), BigDecimal::add);
            }
        }
        BigDecimal weighted = BigDecimal.ZERO;
        StringBuilder terms = new StringBuilder();
        for (Map.Entry<Category, BigDecimal> e : byLevel.entrySet()) {
            BigDecimal w = scheme.categoryWeights().get(e.getKey());
            if (w == null) {
                continue; // a level the scheme gives no weight counts nothing; the weight check says so
            }
            weighted = weighted.add(w.multiply(e.getValue()));
            terms.append(terms.isEmpty() ? "" : " + ").append(w.toPlainString()).append(" × ")
                    .append(e.getValue().toPlainString()).append(" / 100");
        }
        BigDecimal budget = t.budgetScore();
        BigDecimal total = budget.multiply(Scores.HUNDRED).add(weighted).divide(Scores.HUNDRED, scheme.scale(), scheme.rounding());
        return new Total(total, Explanation.of(Formula.TOTAL_NESTED, Scores.round(budget, scheme),
                terms.isEmpty() ? "0" : terms.toString(), total));
    }
}
