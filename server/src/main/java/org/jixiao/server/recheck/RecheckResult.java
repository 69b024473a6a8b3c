package org.jixiao.server.recheck;

import java.util.List;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.org.Organisation;

/**
 * A 复核 list: the organisation and year it covers, the summary of all its tables, and one page of the tables the
 * filters admit, ranked by gap (largest first).
 */
public record RecheckResult(Organisation organisation, RecheckQuery query, List<Integer> years, RecheckSummary summary,
                            Page<RecheckRow> page) {

    public RecheckResult {
        years = List.copyOf(years);
    }
}
