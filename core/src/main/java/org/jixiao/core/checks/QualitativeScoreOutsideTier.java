package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.IndicatorScore;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * A qualitative indicator scores what the unit enters, but within the tier its actual names (national: 达成年度指标
 * 80–100 % of the weight, 部分达成… 60–80 %, 未达成… 0–60 %). The tier is read from the actual: its words, or a
 * degree of achievement printed as a percentage. Actuals that name no tier are left alone.
 */
public final class QualitativeScoreOutsideTier implements Check {
    public static final String CODE = "QUALITATIVE_SCORE_OUTSIDE_TIER";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        List<Scheme.QualitativeTier> tiers = ctx.scheme().qualitativeTiers();
        if (tiers.isEmpty()) {
            return;
        }
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            IndicatorScore s = ctx.score(k);
            if (i.target().isQuantitative() || s.isRecomputed() || !s.counts() || s.weight() == null
                    || s.weight().signum() <= 0 || i.reportedScore() == null) {
                continue;
            }
            int tier = tierNamed(i.actual().text(), tiers);
            if (tier < 0) {
                continue;
            }
            Scheme.QualitativeTier t = tiers.get(tier);
            BigDecimal share = Printed.percent(i.reportedScore(), s.weight());
            boolean top = tier == topTier(tiers);
            boolean inside = share.compareTo(t.minPct()) >= 0
                    && (top ? share.compareTo(t.maxPct()) <= 0 : share.compareTo(t.maxPct()) < 0);
            if (!inside) {
                BigDecimal low = s.weight().multiply(t.minPct()).divide(Printed.HUNDRED, ctx.scheme().scale(), RoundingMode.HALF_UP);
                BigDecimal high = s.weight().multiply(t.maxPct()).divide(Printed.HUNDRED, ctx.scheme().scale(), RoundingMode.HALF_UP);
                out.add(Finding.of(CODE, Severity.WARNING, ctx.placeOf(k), i.name(), i.actual().text(),
                        new Term(t.name().getOrDefault("zh", t.key()), t.name().getOrDefault("en", t.key())),
                        i.reportedScore(), low, high));
            }
        }
    }

    /** The tier whose name the actual contains (longest name first: 部分达成年度指标 contains 达成年度指标), or whose range holds a printed percentage. */
    private static int tierNamed(String actual, List<Scheme.QualitativeTier> tiers) {
        String key = Text.key(actual);
        int best = -1;
        int bestLength = 0;
        for (int t = 0; t < tiers.size(); t++) {
            String name = Text.key(tiers.get(t).name().get("zh"));
            if (!name.isEmpty() && key.contains(name) && name.length() > bestLength) {
                best = t;
                bestLength = name.length();
            }
        }
        if (best >= 0 || !key.endsWith("%")) {
            return best;
        }
        BigDecimal pct = Numbers.parse(key);
        if (pct == null) {
            return -1;
        }
        int top = topTier(tiers);
        for (int t = 0; t < tiers.size(); t++) {
            Scheme.QualitativeTier tier = tiers.get(t);
            boolean inside = pct.compareTo(tier.minPct()) >= 0
                    && (t == top ? pct.compareTo(tier.maxPct()) <= 0 : pct.compareTo(tier.maxPct()) < 0);
            if (inside) {
                return t;
            }
        }
        return -1;
    }

    private static int topTier(List<Scheme.QualitativeTier> tiers) {
        int top = 0;
        for (int t = 1; t < tiers.size(); t++) {
            if (tiers.get(t).maxPct().compareTo(tiers.get(top).maxPct()) > 0) {
                top = t;
            }
        }
        return top;
    }
}
