package org.jixiao.server.recheck;

import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.CurrencyUnit;

/**
 * What the 复核 page and its API are asked for: an organisation (a department or a finance bureau's region), a
 * year, the findings to narrow by, the unit amounts are summed in, and a page.
 *
 * @param org      the organisation whose subtree is listed; null: the caller's own, or the first they may see
 * @param year     the budget year; null: every year
 * @param code     only tables with a finding of this code; null: any
 * @param severity only tables with a finding of this severity (of the code, where both are given); null: any
 * @param unit     the declared unit of the summary's amounts, 万元 unless asked otherwise
 * @param drafts   whether drafts (and returned tables) count too; by default only submitted tables do
 */
public record RecheckQuery(Long org, Integer year, String code, Severity severity, CurrencyUnit unit, Integer page,
                           Integer size, Boolean drafts) {
    public static final int MAX_SIZE = 200;

    public RecheckQuery {
        code = code == null || code.isBlank() ? null : code.strip();
        code = code != null && code.length() > 100 ? code.substring(0, 100) : code;
        unit = unit == null ? CurrencyUnit.WAN_YUAN : unit;
        page = page == null ? 0 : Math.max(0, page);
        size = size == null || size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public RecheckQuery withOrg(Long id) {
        return new RecheckQuery(id, year, code, severity, unit, page, size, drafts);
    }

    boolean withDrafts() {
        return Boolean.TRUE.equals(drafts);
    }

    boolean filters() {
        return code != null || severity != null;
    }
}
