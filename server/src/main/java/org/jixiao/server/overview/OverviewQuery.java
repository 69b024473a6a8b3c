package org.jixiao.server.overview;

import org.jixiao.core.evaluation.CurrencyUnit;

/**
 * What the overview is asked for.
 *
 * @param org  the organisation whose subtree is summed; null: the caller's own, or the first they may see
 * @param year the budget year; null: every year
 * @param unit   the declared unit of the amounts, 万元 unless asked otherwise
 * @param drafts whether drafts (and returned tables) count too; by default only submitted tables do
 */
public record OverviewQuery(Long org, Integer year, CurrencyUnit unit, Boolean drafts) {

    public OverviewQuery {
        unit = unit == null ? CurrencyUnit.WAN_YUAN : unit;
    }

    public boolean withDrafts() {
        return Boolean.TRUE.equals(drafts);
    }
}
