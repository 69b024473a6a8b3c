package org.jixiao.server.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.checks.LaterAdjustment;
import org.jixiao.core.evaluation.Target;
import org.jixiao.office.table.OriginalTargets;

/**
 * Where an evaluation's locked columns come from: the approved declaration it was made from (lifecycle §3). The
 * declaration package answers; the evaluation's pages, its JSON and its saves ask.
 */
public interface EvaluationOrigins {

    /** The declaration and version the evaluation was made from, if it was. */
    Optional<Origin> of(long evaluationId);

    /**
     * The versions of the goals approved after the evaluation stopped following them (it was submitted), with what
     * each changed on its rows: findings of the re-check. Empty for an evaluation made from no declaration.
     */
    List<LaterAdjustment> laterAdjustments(long evaluationId);

    /** What the evaluation's official table prints beside each target an approved adjustment changed. */
    default OriginalTargets originalTargets(long evaluationId) {
        return of(evaluationId).map(o -> new OriginalTargets(o.originalTargets())).orElse(OriginalTargets.none());
    }

    /**
     * @param originalTargets per row whose target an approved adjustment changed, the original (年初) target
     */
    record Origin(long declarationId, int declarationVersion, Map<Integer, Target> originalTargets) {

        public Origin {
            originalTargets = Map.copyOf(originalTargets);
        }

        /** The original (年初) target of row {@code index}, null where it was not changed. */
        public Target originalTarget(int index) {
            return originalTargets.get(index);
        }
    }
}
