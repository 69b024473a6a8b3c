package org.jixiao.server.evaluation;

/**
 * An evaluation moved to another status, published in the transaction of the change (by the repository, whoever
 * asked for it): what is summed by status — the 复核 and 概览 roll-ups — follows in the same transaction.
 */
public record EvaluationStatusChanged(long id, EvaluationStatus to) {
}
