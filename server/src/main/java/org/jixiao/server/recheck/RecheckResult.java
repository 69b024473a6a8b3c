package org.jixiao.server.recheck;

import java.util.List;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.org.Organisation;

/**
 * A 复核 list: the organisation and year it covers, the summary of all its tables, and the tables the filters
 * admit, ranked by gap (largest first).
 */
public record RecheckResult(Organisation organisation, RecheckQuery query, List<Integer> years, RecheckSummary summary,
                            List<RecheckRow> ranked) {

    public RecheckResult {
        years = List.copyOf(years);
        ranked = List.copyOf(ranked);
    }

    public Page<RecheckRow> page() {
        int from = (int) Math.min((long) query.page() * query.size(), ranked.size());
        int to = Math.min(from + query.size(), ranked.size());
        return new Page<>(ranked.subList(from, to), ranked.size(), query.page(), query.size());
    }
}
