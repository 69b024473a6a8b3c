package org.jixiao.server.evaluation;

import java.util.List;
import java.util.Objects;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * The columns an evaluation made from an approved declaration copies and locks (lifecycle §3): the rows themselves
 * (none added, removed or moved), each row's 一级 / 二级 / 三级, target and weight, and which rows an approved
 * adjustment excluded. The unit fills the rest.
 */
public final class LockedColumns {
    private LockedColumns() {
    }

    /** @throws LockedColumnsException naming the first locked column {@code after} changes */
    public static void check(SelfEvaluation before, SelfEvaluation after) {
        List<Indicator> was = before.indicators();
        List<Indicator> is = after.indicators();
        if (was.size() != is.size()) {
            throw new LockedColumnsException("indicators");
        }
        for (int k = 0; k < was.size(); k++) {
            Indicator a = was.get(k);
            Indicator b = is.get(k);
            String where = "indicators[" + k + "].";
            if (!a.level1().equals(b.level1()) || !Objects.equals(a.level2(), b.level2()) || !a.name().equals(b.name())) {
                throw new LockedColumnsException(where + "name");
            }
            if (!sameTarget(a, b)) {
                throw new LockedColumnsException(where + "target");
            }
            if (a.weight() == null ? b.weight() != null : b.weight() == null || a.weight().compareTo(b.weight()) != 0) {
                throw new LockedColumnsException(where + "weight");
            }
            if ((a.actual().status() == ActualStatus.EXCLUDED) != (b.actual().status() == ActualStatus.EXCLUDED)) {
                throw new LockedColumnsException(where + "actualStatus");
            }
        }
    }

    private static boolean sameTarget(Indicator a, Indicator b) {
        var x = a.target();
        var y = b.target();
        if (x.operator() != y.operator() || !x.unit().equals(y.unit())) {
            return false;
        }
        if (x.value() == null || y.value() == null) {
            return x.value() == null && y.value() == null && x.text().equals(y.text());
        }
        return x.value().compareTo(y.value()) == 0;
    }
}
