package org.jixiao.server.recheck;

import java.util.List;
import org.jixiao.server.evaluation.EvaluationRepository;
import org.jixiao.server.evaluation.EvaluationStored;
import org.jixiao.server.org.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derives the 复核 figures of evaluations that have none of the current revision: those stored before migration V11,
 * or under an older release's checks. SQL cannot run the core's checks, so this runs at start, before requests are
 * served, a batch per transaction; run twice it finds nothing to do.
 */
@Component
@Order(20)
class RecheckBackfill implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(RecheckBackfill.class);
    private static final int BATCH = 200;

    private final RecheckFigureStore store;
    private final RecheckDerivation derivation;
    private final EvaluationRepository evaluations;
    private final TransactionTemplate transactions;
    private final RecheckRollup rollup;

    RecheckBackfill(RecheckFigureStore store, RecheckDerivation derivation, EvaluationRepository evaluations,
                    PlatformTransactionManager transactions, RecheckRollup rollup) {
        this.rollup = rollup;
        this.store = store;
        this.derivation = derivation;
        this.evaluations = evaluations;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = 0;
        long after = 0;
        List<Long> ids;
        do {
            ids = store.stale(derivation.revision(), after, BATCH);
            List<Long> batch = ids;
            transactions.executeWithoutResult(t -> batch.forEach(this::derive));
            done += ids.size();
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
            if (!ids.isEmpty()) {
                LOG.info("复核 figures derived for {} evaluations", done);
            }
        } while (ids.size() == BATCH);
        if (done > 0) { // the roll-ups anew once, rather than a refresh per table
            rollup.rebuildWithStatistics();
        }
    }

    private void derive(long id) {
        evaluations.findById(id, Scope.EVERYTHING)
                .ifPresent(e -> {
                    store.save(id, derivation.figures(EvaluationStored.of(e)), derivation.revision());
                });
    }
}
