package org.jixiao.core.scoring.rules;

import java.math.BigDecimal;
import java.util.Set;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Explanation;
import org.jixiao.core.scoring.Formula;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Text;

/**
 * A checklist indicator: so many points per item satisfied, capped at the weight (yes/no effects with evidence).
 * The actual is the number of items satisfied, or a yes or no for a single item. Where the scheme publishes no
 * points per item, the printed score is kept and the explanation says why.
 */
public final class ChecklistPoints implements IndicatorRule {
    public static final String ID = "checklist";
    private static final Set<String> YES = Set.of("是", "有", "已", "符合", "健全", "完善", "满足", "yes");
    private static final Set<String> NO = Set.of("否", "无", "未", "不符合", "不健全", "不满足", "no");
    private final Scheme scheme;
    private final CommonIndicators tree;

    public ChecklistPoints(Scheme scheme) {
        this.scheme = scheme;
        this.tree = new CommonIndicators(scheme.commonIndicators().stream().filter(c -> c.checklist() != null).toList());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean appliesTo(Indicator i) {
        return i.actual().isReported() && tree.find(i) != null && items(i) != null;
    }

    @Override
    public IndicatorScore score(Indicator i, BigDecimal weight) {
        BigDecimal perItem = tree.find(i).checklist().pointsPerItem();
        BigDecimal items = items(i);
        if (perItem == null) {
            BigDecimal printed = i.reportedScore() == null ? BigDecimal.ZERO : i.reportedScore();
            return Scores.kept(i, weight, Explanation.of(Formula.CHECKLIST_UNSET, items, printed), ID);
        }
        BigDecimal score = Scores.clamp(items.multiply(perItem), weight, scheme);
        return Scores.recomputed(i, weight, score, Explanation.of(Formula.CHECKLIST, items, perItem, weight, score), ID);
    }

    /** Items satisfied: the number printed, 1 for a yes, 0 for a no; null when the actual says neither. */
    private static BigDecimal items(Indicator i) {
        BigDecimal n = i.actual().value();
        if (n != null) {
            return Scores.nonNegative(n);
        }
        String word = Text.key(i.actual().text());
        if (YES.contains(word)) {
            return BigDecimal.ONE;
        }
        return NO.contains(word) ? BigDecimal.ZERO : null;
    }
}
