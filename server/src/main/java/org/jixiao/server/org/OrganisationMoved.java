package org.jixiao.server.org;

/**
 * An organisation and its subtree moved under another parent, published in the transaction of the move: what is
 * summed per subtree (the 复核 and 概览 roll-ups) follows in the same transaction.
 */
public record OrganisationMoved(long id, String oldPath, String newPath) {
}
