package org.jixiao.server.overview;

import java.util.List;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.recheck.Breakdown;

/**
 * An overview page: the organisation's figures and its children's, the years it has tables in, and the way up.
 *
 * @param choices   every organisation the caller may see, in tree order: the organisation picker
 * @param ancestors the organisations above it that the caller may see, root first: the way back up a drill-down
 */
public record Overview(OverviewQuery query, Breakdown breakdown, List<Integer> years, List<Organisation> choices,
                       List<Organisation> ancestors) {

    public Overview {
        years = List.copyOf(years);
        choices = List.copyOf(choices);
        ancestors = List.copyOf(ancestors);
    }
}
