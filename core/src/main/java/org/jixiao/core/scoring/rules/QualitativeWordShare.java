package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Numbers;

/**
 * A qualitative indicator judged in words (好 / 较好 / 一般 / 较差 / 差) scores the scheme's share of the weight for
 * that word; one judged as a degree of achievement ("100%") scores that share of the weight.
 */
public final class QualitativeWordShare implements IndicatorRule {
    public static final String ID = "qualitative-word";
    private final Scheme scheme;
    private final Map<String, BigDecimal> words;

    public QualitativeWordShare(Scheme scheme) {
        this.scheme = scheme;
        this.words = scheme.qualitativeWords();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        if (i.target().isQuantitative()) {
            return false;
        }
        String text = i.actual().text();
        return words.containsKey(text) || Numbers.parse(text) != null;
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        String text = i.actual().text();
        BigDecimal pct = words.get(text);
        Formula formula = Formula.QUALITATIVE_WORD;
        if (pct == null) {
            pct = Scores.nonNegative(Numbers.parse(text)).min(Scores.HUNDRED);
            formula = Formula.QUALITATIVE_PERCENT;
        }
        BigDecimal score = Scores.ratio(weight.multiply(pct), Scores.HUNDRED, weight, scheme);
        Explanation e = formula == Formula.QUALITATIVE_WORD
                ? Explanation.of(formula, text, pct, weight, score)
                : Explanation.of(formula, pct, weight, score);
        return Scores.recomputed(i, weight, score, e, ID);
    }
}
