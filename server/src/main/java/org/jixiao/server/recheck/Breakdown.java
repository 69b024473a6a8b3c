package org.jixiao.server.recheck;

import java.util.List;
import org.jixiao.server.org.Organisation;

/**
 * An organisation's tables summed as a whole and per child organisation, for the overview.
 *
 * @param parts one per child with tables or not, in tree order; first, marked {@code own}, the organisation itself
 *              when tables are attached to it directly
 */
public record Breakdown(Organisation organisation, RecheckSummary whole, List<Part> parts) {

    public Breakdown {
        parts = List.copyOf(parts);
    }

    public record Part(Organisation organisation, boolean own, RecheckSummary summary) {
    }
}
