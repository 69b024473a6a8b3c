package org.jixiao.server.overview;

import org.jixiao.core.evaluation.CurrencyUnit;

/**
 * What the overview is asked for.
 *
 * @param org  the organisation whose subtree is summed; null: the caller's own, or the first they may see
 * @param year the budget year; null: every year
 * @param unit the declared unit of the amounts, 万元 unless asked otherwise
 */
public record OverviewQuery(Long org, Integer year, CurrencyUnit unit) {

    public OverviewQuery {
        unit = unit == null ? CurrencyUnit.WAN_YUAN : unit;
    }
}
