package org.jixiao.core.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Category;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Text;

/**
 * Indicators changed at evaluation time instead of by an approved adjustment (目标调整):
 * <ul>
 * <li>in the table itself: rows marked not reported while the remaining rows still carry the full weight, or while
 *     rows are marked as added (Yunnan 公开14表: five rows 无 "根据年初预算填写，和财政资金批复下达文件考核指标不一致",
 *     others "考核指标（新增部分）"). An indicator counts as marked added when its reason, or the table's notes,
 *     speak of a 新增 indicator — "新增" alone is too common in deviation reasons ("新增用户100人");</li>
 * <li>against the declaration (绩效目标申报表), once there is one: any indicator added, dropped, or whose target
 *     changed, matched by name. 决策 and 过程 rows are common indicators, never declared, and are not compared.</li>
 * </ul>
 * Rows excluded by an approved adjustment ({@link ActualStatus#EXCLUDED}) are changes already approved and are
 * not raised.
 */
public final class IndicatorsChangedAtEvaluation implements Check {
    public static final String CODE = "INDICATORS_CHANGED_AT_EVALUATION";

    @Override
    public List<String> codes() {
        return List.of(CODE);
    }

    @Override
    public void check(CheckContext ctx, List<Finding> out) {
        checkReplacedInTable(ctx, out);
        if (ctx.declared() != null) {
            checkAgainstDeclared(ctx, out);
        }
    }

    private static void checkReplacedInTable(CheckContext ctx, List<Finding> out) {
        List<String> notReported = new ArrayList<>();
        List<String> markedNew = new ArrayList<>();
        for (Indicator i : ctx.indicators()) {
            if (i.actual().status() == ActualStatus.NOT_REPORTED) {
                notReported.add(i.name());
            } else if (i.actual().isReported() && speaksOfNewIndicator(i.deviationReason())) {
                markedNew.add(i.name());
            }
        }
        boolean notesSayAdded = speaksOfNewIndicator(ctx.evaluation().notes());
        if (notReported.isEmpty()) {
            if (!markedNew.isEmpty()) {
                out.add(Finding.of(CODE, "marked_new", Severity.WARNING, ctx.table(), markedNew.size(), String.join("、", markedNew)));
            }
            return;
        }
        BigDecimal expected = ExpectedWeights.indicatorTotal(ctx);
        BigDecimal counted = ExpectedWeights.countedSum(ctx);
        boolean weightStillFull = expected != null && counted != null && counted.compareTo(expected) >= 0;
        if (weightStillFull || !markedNew.isEmpty() || notesSayAdded) {
            out.add(Finding.of(CODE, Severity.WARNING, ctx.table(), notReported.size(), String.join("、", notReported),
                    counted == null ? BigDecimal.ZERO : counted, expected == null ? "—" : expected, markedNew.size()));
        }
    }

    static boolean speaksOfNewIndicator(String text) {
        String k = Text.key(text);
        return k.contains("新增") && k.contains("指标");
    }

    private static void checkAgainstDeclared(CheckContext ctx, List<Finding> out) {
        Map<String, Indicator> declared = new LinkedHashMap<>();
        for (Indicator d : ctx.declared()) {
            if (isDeclarable(d)) {
                declared.putIfAbsent(Text.key(d.name()), d);
            }
        }
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (int k = 0; k < ctx.indicators().size(); k++) {
            Indicator i = ctx.indicators().get(k);
            if (!isDeclarable(i)) {
                continue;
            }
            String key = Text.key(i.name());
            seen.put(key, Boolean.TRUE);
            Indicator d = declared.get(key);
            if (d == null) {
                out.add(Finding.of(CODE, "added", Severity.WARNING, ctx.placeOf(k), i.name()));
            } else if (!sameTarget(d.target(), i.target())) {
                out.add(Finding.of(CODE, "target_changed", Severity.WARNING, ctx.placeOf(k), i.name(),
                        d.target().toString(), i.target().toString()));
            }
        }
        for (Map.Entry<String, Indicator> e : declared.entrySet()) {
            if (!seen.containsKey(e.getKey())) {
                Indicator d = e.getValue();
                out.add(Finding.of(CODE, "dropped", Severity.WARNING,
                        new Place(d.name(), -1, null, null, ctx.evaluation().line()), d.name(), d.target().toString()));
            }
        }
    }

    private static boolean isDeclarable(Indicator i) {
        Category c = i.category();
        return c != Category.DECISION && c != Category.PROCESS;
    }

    private static boolean sameTarget(Target declared, Target printed) {
        if (declared.isQuantitative() && printed.isQuantitative()) {
            boolean unitsComparable = declared.unit().isEmpty() || printed.unit().isEmpty()
                    || Text.key(declared.unit()).equals(Text.key(printed.unit()));
            return declared.operator() == printed.operator() && declared.value().compareTo(printed.value()) == 0
                    && unitsComparable;
        }
        return Text.key(declared.toString()).equals(Text.key(printed.toString()));
    }
}
