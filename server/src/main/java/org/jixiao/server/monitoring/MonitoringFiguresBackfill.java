package org.jixiao.server.monitoring;

import java.util.List;
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
 * Derives the list figures (V52: budget progress, whether a rectification is proposed) of reports stored before them.
 * SQL cannot run the core's lights, so this runs at start, before requests are served, a batch per transaction; run
 * twice it finds nothing to do.
 */
@Component
@Order(25)
class MonitoringFiguresBackfill implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringFiguresBackfill.class);
    private static final int BATCH = 200;

    private final MonitoringRepository repository;
    private final MonitoringService monitoring;
    private final TransactionTemplate transactions;

    MonitoringFiguresBackfill(MonitoringRepository repository, MonitoringService monitoring,
                              PlatformTransactionManager transactions) {
        this.repository = repository;
        this.monitoring = monitoring;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = 0;
        List<Long> ids;
        do {
            ids = repository.withoutFigures(BATCH);
            List<Long> batch = ids;
            transactions.executeWithoutResult(t -> batch.forEach(id -> repository.findById(id, Scope.EVERYTHING)
                    .ifPresent(r -> repository.figures(id, Figures.of(monitoring.judge(r))))));
            done += ids.size();
        } while (ids.size() == BATCH);
        if (done > 0) {
            LOG.info("monitoring list figures derived for {} reports", done);
        }
    }
}
