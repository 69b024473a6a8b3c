package org.jixiao.office.table;

import java.util.Map;
import org.jixiao.core.evaluation.Target;

/**
 * The original (年初) targets of an evaluation's rows whose target an approved adjustment changed (lifecycle §2): what
 * its official table prints beside the adjusted (调整后) one. The evaluation itself holds only the target in force.
 *
 * @param byRow per changed row's index, its original target
 */
public record OriginalTargets(Map<Integer, Target> byRow) {
    /** The words that open the adjusted target and the original one in a changed row's target cell. */
    public static final String ADJUSTED = "调整后：";
    public static final String ORIGINAL = "年初：";
    private static final OriginalTargets NONE = new OriginalTargets(Map.of());

    public OriginalTargets {
        byRow = byRow == null ? Map.of() : Map.copyOf(byRow);
    }

    public static OriginalTargets none() {
        return NONE;
    }

    /** The original target of row {@code index}, null where it was not changed. */
    public Target of(int index) {
        return byRow.get(index);
    }

    public boolean isEmpty() {
        return byRow.isEmpty();
    }

    /**
     * The target cell of a row as printed: the target, or, where an adjustment changed it, "调整后：≥400人次（年初：≥500人次）"
     * — the one in force first, which is what the disclosure reader reads back as the row's target.
     */
    public String cell(int index, Target target) {
        Target original = of(index);
        return original == null ? target.text() : ADJUSTED + target.text() + "（" + ORIGINAL + original.text() + "）";
    }
}
