package org.jixiao.formats.text;

import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.text.Text;

/**
 * A target cell that holds its unit of measure and nothing else (公里, 万亩, %): a template whose figure was never
 * filled in. It promised a quantity, so it is read as a target with its unit and no value — what a declaration check
 * reports as a target without its number — not as a target in words.
 */
final class UnitOnlyTarget {
    private static final Pattern UNIT = Pattern.compile(
            "(万|千|百|亿)?(公里|千米|米|平方米|平方公里|立方米|亩|公顷|人次|人|户|个|件|次|座|台|套|项|吨|公斤|辆|家|所|处|场|期|批|册|元|小时|天|日|月|年|%|‰|km)");

    private UnitOnlyTarget() {
    }

    /** The target as read, or, where its cell is a unit alone, that unit with no value. */
    static Target of(Target read) {
        if (read.operator() != Operator.QUALITATIVE || read.value() != null) {
            return read;
        }
        String k = Text.key(read.text());
        if (k.isEmpty() || k.length() > 5 || !UNIT.matcher(k).matches()) {
            return read;
        }
        return new Target(Operator.NONE, null, k, read.text());
    }
}
