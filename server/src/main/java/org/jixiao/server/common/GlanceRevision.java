package org.jixiao.server.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The revision of what the 复核 and 概览 pages and the evaluation list show (migration V75): the evaluations, their
 * statuses and derived figures, the roll-ups and the organisations. It is kept in the database so that every node sees
 * every other node's changes. Writers of those figures call {@link #changed()}; the number moves as the last statement
 * of their transaction, so it becomes visible with the change and not before, and holds its row lock only while the
 * transaction commits (saves of different tables do not queue behind each other's work).
 */
@Component
public class GlanceRevision {
    private final JdbcClient jdbc;

    GlanceRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The revision now; read it before reading the figures, so that they are at least as new as it says. */
    public long current() {
        return jdbc.sql("SELECT n FROM glance_revision WHERE id = 1").query(Long.class).single();
    }

    /** Moves the revision on when the caller's transaction commits (at once, outside a transaction). */
    public void changed() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            bump();
        } else if (TransactionSynchronizationManager.getSynchronizations().stream().noneMatch(Bump.class::isInstance)) {
            // a synchronization rather than a bound resource: an inner REQUIRES_NEW transaction has its own list, so it
            // moves the revision when it commits, not when the outer one does
            TransactionSynchronizationManager.registerSynchronization(new Bump());
        }
    }

    private final class Bump implements TransactionSynchronization {
        @Override
        public void beforeCommit(boolean readOnly) {
            bump();
        }
    }

    private void bump() {
        jdbc.sql("UPDATE glance_revision SET n = n + 1 WHERE id = 1").update();
    }
}
