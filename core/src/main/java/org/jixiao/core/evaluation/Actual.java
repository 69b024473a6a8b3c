package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import org.jixiao.core.text.Text;

/**
 * 实际完成值: a typed value with a status. A reported actual keeps its printed text and, where the text is a
 * quantity, its number, unit and any comparison sign the unit wrote into it ({@code >=90%}).
 *
 * @param status whether it counts
 * @param text   as printed, cleaned of white-space runs; "" when nothing was printed
 * @param value  the number, or null when the text holds none
 * @param sign   a sign printed with the number, or null
 * @param unit   a unit printed with the number, "" when none
 * @param reason why it was not reported or was excluded; null for a reported actual
 */
public record Actual(ActualStatus status, String text, BigDecimal value, Operator sign, String unit, String reason) {

    public Actual {
        text = text == null ? "" : Text.clean(text);
        unit = unit == null ? "" : unit;
    }

    /** An actual as printed. "无" and an empty cell are still reported here: the reader decides what they mean. */
    public static Actual reported(String printed) {
        String text = printed == null ? "" : printed.strip();
        Quantity q = Quantity.parse(text);
        if (q == null) {
            return new Actual(ActualStatus.REPORTED, text, null, null, "", null);
        }
        return new Actual(ActualStatus.REPORTED, text, q.value(), q.sign(), q.unit(), null);
    }

    /** An actual of the given status: what a form or a stored row holds (text and reason as typed). */
    public static Actual of(ActualStatus status, String text, String reason) {
        return switch (status) {
            case REPORTED -> reported(text);
            case NOT_REPORTED -> notReported(text, reason);
            case EXCLUDED -> excluded(reason);
        };
    }

    public static Actual of(BigDecimal value) {
        return new Actual(ActualStatus.REPORTED, value.toPlainString(), value, null, "", null);
    }

    public static Actual notReported(String printed, String reason) {
        return new Actual(ActualStatus.NOT_REPORTED, printed, null, null, "", reason == null ? "" : reason.strip());
    }

    public static Actual excluded(String reason) {
        return new Actual(ActualStatus.EXCLUDED, "", null, null, "", reason == null ? "" : reason.strip());
    }

    public boolean isReported() {
        return status == ActualStatus.REPORTED;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** A number the rules can score: reported, numeric, and not a restatement of the target. */
    public boolean isScorableAgainst(Target target) {
        return isReported() && value != null && !restates(target);
    }

    /**
     * True when the actual repeats its target instead of measuring anything: {@code >=90%} as the actual of
     * {@code >=90%}. An actual with its own sign and another number ({@code >70%} against {@code >80%}) is a
     * measurement and is scored on its number.
     */
    public boolean restates(Target target) {
        if (sign == null || value == null || target == null || !target.isQuantitative()) {
            return false;
        }
        return value.compareTo(target.value()) == 0
                && (sign == target.operator() || target.operator() == Operator.NONE || sameDirection(sign, target.operator()));
    }

    private static boolean sameDirection(Operator a, Operator b) {
        return (a == Operator.GE || a == Operator.GT) == (b == Operator.GE || b == Operator.GT)
                && (a.isReverse() == b.isReverse()) && a != Operator.EQ && b != Operator.EQ;
    }

    /** The actual as the form shows it: the number where there is one, else the words. */
    public String valueText() {
        if (!isReported()) {
            return null;
        }
        return value != null && sign == null ? value.toPlainString() : text;
    }
}
