package org.jixiao.core.monitoring;

import static java.math.RoundingMode.HALF_UP;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Text;

/**
 * The lights of lifecycle §4, by the region's {@link MonitoringRules}. An indicator's progress p: for a cumulative
 * indicator (a count, an amount) the completion to date against the target pro-rated by the elapsed share e, for a
 * level indicator (a %, a 率 or 度) against the target itself; an at-most target is on plan while within it. A
 * qualitative indicator takes the light of its likelihood. The budget's light compares the execution rate with e,
 * or with fixed cut-offs.
 */
public final class LightRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Exact enough that the 2-decimal display and the band edges are never moved by an earlier rounding. */
    private static final int SCALE = 10;

    private final MonitoringRules rules;

    public LightRules(MonitoringRules rules) {
        this.rules = rules;
    }

    /** The light of one indicator for a round ending in the month {@code elapsed} stands for; null where not filled. */
    public Progress indicator(IndicatorEntry entry, Elapsed elapsed) {
        Target t = entry.target();
        if (!t.isQuantitative()) {
            if (entry.likelihood() == null) {
                return null;
            }
            Light l = rules.qualitative().get(entry.likelihood());
            return new Progress(null, l, LightExplanation.of(LightFormula.QUALITATIVE, entry.likelihood(), l));
        }
        BigDecimal done = entry.toDate();
        if (done == null) {
            return null;
        }
        boolean atMost = t.operator() == Operator.LE || t.operator() == Operator.LT;
        boolean level = isLevel(entry);
        if (t.value().signum() == 0) {
            BigDecimal p = !atMost || done.signum() == 0 ? HUNDRED : BigDecimal.ZERO;
            Light l = band(p, atMost);
            return new Progress(p, l, LightExplanation.of(LightFormula.ZERO_TARGET, done, l));
        }
        // planned = target × e, kept as (target × numerator) / denominator
        BigDecimal plannedTimesDen = level ? t.value() : elapsed.times(t.value());
        BigDecimal den = level ? BigDecimal.ONE : elapsed.denominatorValue();
        BigDecimal p;
        LightFormula f;
        if (!atMost) {
            p = ratio(done.multiply(den), plannedTimesDen);
            f = level ? LightFormula.AT_LEAST_LEVEL : LightFormula.AT_LEAST_CUMULATIVE;
        } else if (done.multiply(den).compareTo(plannedTimesDen) <= 0) {
            p = HUNDRED.setScale(SCALE);
            f = level ? LightFormula.AT_MOST_WITHIN_LEVEL : LightFormula.AT_MOST_WITHIN_CUMULATIVE;
        } else {
            p = ratio(plannedTimesDen, done.multiply(den));
            f = level ? LightFormula.AT_MOST_OVER_LEVEL : LightFormula.AT_MOST_OVER_CUMULATIVE;
        }
        Light l = band(p, atMost);
        return new Progress(p, l, explain(f, done, t.value(), elapsed, p, l));
    }

    /** The budget's light: executed to date against the annual budget, by ratio to e or by the cut-offs. */
    public Progress budget(BigDecimal executedToDate, BigDecimal annualBudget, Elapsed elapsed, int month) {
        if (executedToDate == null || annualBudget == null || annualBudget.signum() == 0) {
            return null;
        }
        BigDecimal rate = ratio(executedToDate, annualBudget);
        BigDecimal rateShown = oneDecimal(rate);
        MonitoringRules.BudgetRule b = rules.budget();
        if (b.kind() == MonitoringRules.BudgetRule.Kind.RATIO) {
            BigDecimal q = rate.multiply(elapsed.denominatorValue()).divide(BigDecimal.valueOf(elapsed.numerator()), SCALE, HALF_UP);
            Light l = q.compareTo(b.red()) < 0 ? Light.RED : q.compareTo(b.yellow()) < 0 ? Light.YELLOW : Light.GREEN;
            return new Progress(q, l, LightExplanation.of(LightFormula.BUDGET_RATIO, rateShown, elapsed.toString(), oneDecimal(q), l));
        }
        MonitoringRules.Cutoff due = null;
        for (MonitoringRules.Cutoff c : b.cutoffs()) {
            if (c.fromMonth() <= month && (due == null || c.fromMonth() > due.fromMonth())) {
                due = c;
            }
        }
        if (due == null) {
            return new Progress(rate, Light.GREEN, LightExplanation.of(LightFormula.BUDGET_NO_CUTOFF_YET, rateShown, month, Light.GREEN));
        }
        boolean below = rate.compareTo(due.belowPct()) < 0;
        Light l = below ? due.light() : Light.GREEN;
        return new Progress(rate, l, LightExplanation.of(below ? LightFormula.BUDGET_CUTOFF_BELOW : LightFormula.BUDGET_CUTOFF_MET,
                rateShown, due.fromMonth(), due.belowPct(), l));
    }

    /** A level indicator (合格率, 满意度, a %) is compared with its target as it is, not pro-rated by the time gone. */
    boolean isLevel(IndicatorEntry entry) {
        String unit = Text.key(entry.target().unit());
        String name = Text.key(entry.name());
        return rules.levelUnits().stream().anyMatch(u -> Text.key(u).equals(unit))
                || rules.levelNameEnds().stream().anyMatch(name::endsWith);
    }

    private Light band(BigDecimal p, boolean atMost) {
        if (p.compareTo(rules.red()) < 0) {
            return Light.RED;
        }
        if (p.compareTo(rules.yellow()) < 0) {
            return Light.YELLOW;
        }
        return !atMost && p.compareTo(rules.blue()) >= 0 ? Light.BLUE : Light.GREEN;
    }

    private static LightExplanation explain(LightFormula f, BigDecimal done, BigDecimal target, Elapsed e, BigDecimal p, Light l) {
        BigDecimal shown = oneDecimal(p);
        return switch (f) {
            case AT_LEAST_CUMULATIVE, AT_MOST_OVER_CUMULATIVE -> LightExplanation.of(f, done, target, e.toString(), shown, l);
            case AT_MOST_WITHIN_CUMULATIVE -> LightExplanation.of(f, done, target, e.toString(), l);
            case AT_MOST_WITHIN_LEVEL -> LightExplanation.of(f, done, target, l);
            default -> LightExplanation.of(f, done, target, shown, l);
        };
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, SCALE, HALF_UP);
    }

    private static BigDecimal oneDecimal(BigDecimal p) {
        return p.setScale(1, RoundingMode.HALF_UP);
    }

}
