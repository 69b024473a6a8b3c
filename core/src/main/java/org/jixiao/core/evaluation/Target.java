package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import org.jixiao.core.text.Text;

/**
 * 年度指标值: what the unit set out to reach. Quantitative when it holds a number ({@code value} not null);
 * otherwise {@code text} carries the words and the operator is {@link Operator#QUALITATIVE}.
 *
 * @param operator the comparison; {@link Operator#NONE} when a number is printed without one
 * @param value    the number, or null for a target in words
 * @param unit     度量单位, "" when none
 * @param text     the target as printed, for display
 */
public record Target(Operator operator, BigDecimal value, String unit, String text) {

    public Target {
        operator = operator == null ? (value == null ? Operator.QUALITATIVE : Operator.NONE) : operator;
        unit = unit == null ? "" : unit.strip();
        text = text == null ? "" : Text.clean(text);
    }

    /** A target written in one cell, as Shanghai and Suzhou print them: {@code =30个}, {@code 及时，12月底前完成}. */
    public static Target parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        Quantity q = Quantity.parse(text);
        if (q == null) {
            return new Target(Operator.QUALITATIVE, null, "", text);
        }
        return new Target(q.sign() == null ? Operator.NONE : q.sign(), q.value(), q.unit(), text);
    }

    /**
     * A target from the three columns of the national form (指标性质, 指标值, 度量单位). A value that is no number
     * makes the target qualitative whatever the operator column says.
     */
    public static Target of(String operatorCell, String valueCell, String unitCell) {
        Operator op = Operator.parse(operatorCell);
        String valueText = valueCell == null ? "" : valueCell.strip();
        Quantity q = Quantity.parse(valueText);
        String unit = Text.isBlank(unitCell) ? (q == null ? "" : q.unit()) : unitCell.strip();
        String shown = (op == null || op == Operator.QUALITATIVE ? "" : op.symbol()) + valueText
                + (Text.isBlank(unitCell) ? "" : unitCell.strip());
        if (q == null) {
            return new Target(Operator.QUALITATIVE, null, "", valueText.isEmpty() ? shown : valueText);
        }
        if (op == null) {
            op = q.sign() == null ? Operator.NONE : q.sign();
        }
        if (op == Operator.QUALITATIVE) {
            op = Operator.NONE;
        }
        return new Target(op, q.value(), unit, shown);
    }

    public static Target quantitative(Operator op, BigDecimal value, String unit) {
        return new Target(op, value, unit, (op == Operator.NONE ? "" : op.symbol()) + value.toPlainString() + (unit == null ? "" : unit));
    }

    public boolean isQuantitative() {
        return value != null && operator != Operator.QUALITATIVE;
    }

    /** Whether an actual number reaches this target (a sign-less target reads as {@code >=}). */
    public boolean isMetBy(BigDecimal actual) {
        if (!isQuantitative() || actual == null) {
            return false;
        }
        int c = actual.compareTo(value);
        return switch (operator) {
            case GE, NONE, EQ -> c >= 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case LT -> c < 0;
            case QUALITATIVE -> false;
        };
    }

    /** The number as the form shows it: "8", "100"; the words for a qualitative target. */
    public String valueText() {
        return value == null ? text : value.toPlainString();
    }

    @Override
    public String toString() {
        return isQuantitative() ? operator.symbol() + value.toPlainString() + unit : text;
    }
}
