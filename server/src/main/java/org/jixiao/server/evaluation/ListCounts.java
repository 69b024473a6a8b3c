package org.jixiao.server.evaluation;

import java.util.List;
import java.util.OptionalLong;

/**
 * How many tables of a subtree a list matches, read off a summary kept in the transaction of every change instead of
 * counted row by row — a province's year is thousands of rows to count on every page of its list. Only the
 * subtree, the year and the statuses: a list filtered by anything else is counted by its own query.
 */
public interface ListCounts {
    /**
     * @param subtreePattern a LIKE pattern of a subtree's paths, {@code /1/5/%}
     * @param year the budget year, or null for every year
     * @return none while the summary is not yet complete (being rebuilt at start)
     */
    OptionalLong count(String subtreePattern, Integer year, List<EvaluationStatus> statuses);
}
