package org.jixiao.core.checks;

import java.util.List;
import org.jixiao.core.evaluation.Target;

/**
 * A version of the approved goals (绩效目标调整) approved after the self-evaluation made from them was submitted: the
 * evaluation still stands at the version it was submitted with, so the re-check (复核) has to weigh the change.
 *
 * @param version          the version the adjustment made
 * @param evaluatedVersion the version the evaluation was made from (or last updated to)
 * @param changes          what the version changed in the indicators against the one before it; empty where it
 *                         changed only the goal text or the amount
 */
public record LaterAdjustment(int version, int evaluatedVersion, List<Change> changes) {

    public LaterAdjustment {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public enum Kind { ADDED, MODIFIED, DELETED }

    /**
     * One indicator the version changed.
     *
     * @param row       the evaluation's row of the indicator, -1 where it has none (one the version added)
     * @param indicator 三级指标
     * @param from      its target before, null for an added one
     * @param to        its target after, null for a deleted one
     */
    public record Change(Kind kind, int row, String indicator, Target from, Target to) {
    }
}
