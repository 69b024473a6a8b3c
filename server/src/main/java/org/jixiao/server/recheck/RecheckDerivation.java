package org.jixiao.server.recheck;

import org.jixiao.core.checks.RecheckFigures;
import org.jixiao.server.evaluation.EvaluationOrigins;
import org.jixiao.server.evaluation.EvaluationScoring;
import org.jixiao.server.evaluation.EvaluationStored;
import org.jixiao.server.evaluation.Recheck;
import org.jixiao.server.evaluation.Scored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Derives an evaluation's 复核 figures with the core whenever it is stored, in the storing transaction. Each row
 * carries the revision it was derived under, so figures left by an older release are derived anew at start
 * ({@link RecheckBackfill}) rather than shown stale.
 */
@Component
class RecheckDerivation {
    private final EvaluationScoring scoring;
    private final RecheckFigureStore store;
    private final RecheckRollup rollup;
    private final String revision;
    private final EvaluationOrigins origins;

    RecheckDerivation(EvaluationScoring scoring, RecheckFigureStore store, RecheckRollup rollup, EvaluationOrigins origins) {
        this.scoring = scoring;
        this.origins = origins;
        this.store = store;
        this.rollup = rollup;
        this.revision = RecheckFigures.revision(scoring.schemes());
    }

    String revision() {
        return revision;
    }

    @EventListener
    void stored(EvaluationStored e) {
        store.save(e.id(), figures(e), revision);
        rollup.refresh(e.id());
    }

    RecheckFigures figures(EvaluationStored e) {
        Scored scored = scoring.score(e.form(), e.schemeId(), Recheck.forCore(e.rechecks(), e.budgetRecheck()),
                origins.laterAdjustments(e.id()));
        return RecheckFigures.of(e.form(), scored.sheet(), scored.findings(), scored.result());
    }
}
