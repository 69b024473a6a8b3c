package org.jixiao.formats.text;

import java.util.List;
import org.jixiao.core.evaluation.Quantity;
import org.jixiao.core.evaluation.Target;

/**
 * Whether the cells of an indicator row, in printed order, show a target with a sign and a later actual that does
 * not reach it: such a row is the one a deviation reason (偏差原因) is written for.
 */
final class UnmetRow {
    private UnmetRow() {
    }

    static boolean missesTarget(List<String> cells) {
        Target target = null;
        for (String c : cells) {
            if (target == null) {
                Quantity q = Quantity.parse(c);
                if (q != null && q.sign() != null && q.value() != null) {
                    target = Target.parse(c);
                }
                continue;
            }
            if (IndicatorRowShape.isFigure(c)) {
                continue; // a weight or a score between target and actual
            }
            Quantity actual = Quantity.parse(c);
            if (actual != null && actual.value() != null && actual.sign() == null) {
                return !target.isMetBy(actual.value());
            }
        }
        return false;
    }
}
