package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.IndicatorScore;

/**
 * Weights against the scheme's totals: the counted indicators against {@code indicatorWeightTotal} (90; 80 in
 * Suzhou) — an error, since the total then runs past or short of the full mark; each first-level class against
 * {@code categoryWeights} (产出 50, 效益 30, 满意度 10) — only a notice, the national measures allow other splits
 * "in special cases"; and a printed 总分值 against the scheme's full mark.
 */
public final class WeightsNotSumming implements Check {
    public static final String CODE = "WEIGHTS_NOT_SUMMING";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        BigDecimal expected = ExpectedWeights.indicatorTotal(ctx);
        BigDecimal counted = ExpectedWeights.countedSum(ctx);
        if (!ctx.sheet().weightsKnown()) {
            // the sums (overall and per class) would be short by a weight nobody printed
            out.add(Finding.of(CODE, "weight_unknown", Severity.WARNING, ctx.table(), ExpectedWeights.unweightedNames(ctx),
                    expected == null ? "—" : expected, counted == null ? BigDecimal.ZERO : counted));
        } else if (counted != null) {
            if (expected != null && counted.compareTo(expected) != 0 && !ExpectedWeights.scaledIntoPoints(ctx, counted)) {
                out.add(Finding.of(CODE, Severity.ERROR, ctx.table(), counted, expected, counted.subtract(expected)));
            }
            checkCategories(ctx, out);
        }
        BigDecimal printedMax = ctx.evaluation().reportedMaxTotal();
        BigDecimal max = ctx.scheme().maxTotal();
        if (printedMax != null && max != null && printedMax.compareTo(max) != 0) {
            out.add(Finding.of(CODE, "max_total", Severity.WARNING, Place.cell("总分", "总分值", ctx.evaluation().line()),
                    printedMax, max, ctx.scheme().id()));
        }
    }

    private static void checkCategories(CheckContext ctx, List<Finding> out) {
        Map<Category, BigDecimal> sums = new EnumMap<>(Category.class);
        for (int k = 0; k < ctx.indicators().size(); k++) {
            IndicatorScore s = ctx.score(k);
            Indicator i = ctx.indicators().get(k);
            if (s.counts() && s.weight() != null) {
                sums.merge(i.category(), s.weight(), BigDecimal::add);
            }
        }
        for (Category c : Category.values()) {
            BigDecimal expected = ExpectedWeights.categoryTotal(ctx.scheme(), c);
            if (expected == null) {
                continue;
            }
            BigDecimal sum = sums.getOrDefault(c, BigDecimal.ZERO);
            if (sum.compareTo(expected) != 0) {
                out.add(Finding.of(CODE, "category", Severity.NOTICE, ctx.table(), categoryTerm(c), sum, expected));
            }
        }
    }

    static Term categoryTerm(Category c) {
        return switch (c) {
            case DECISION -> new Term("决策", "decision");
            case PROCESS -> new Term("过程", "process");
            case INPUT -> new Term("投入", "input");
            case OUTPUT -> new Term("产出", "output");
            case BENEFIT -> new Term("效益", "benefit");
            case SATISFACTION -> new Term("满意度", "satisfaction");
            case OTHER -> new Term("其他", "other");
        };
    }
}
