package org.jixiao.office.table;

import org.jixiao.core.evaluation.Indicator;

/** The 实际完成值 cell: the actual as printed; a not-reported one as 无, as the published forms write it. */
final class ActualCells {
    private ActualCells() {
    }

    static String text(Indicator i) {
        if (i.actual().isReported()) {
            return i.actual().text();
        }
        return i.actual().text().isEmpty() ? "无" : i.actual().text();
    }
}
