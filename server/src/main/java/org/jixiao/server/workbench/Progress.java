package org.jixiao.server.workbench;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How far a reviewer's scope is with a year's self-evaluations: per unit (and per department with tables of its own)
 * the tables in each state of the list's tabs, the units with none at all, those overdue, and when each was last
 * reminded (催报).
 */
public record Progress(int year, java.time.LocalDate due, boolean pastDue, List<Row> rows, Row total) {

    /** One organisation's tables of the year by the list's tabs. */
    public record Row(long organisationId, String name, long draft, long returned, long inReview, long reviewed,
                      OffsetDateTime lastReminded, String lastRemindedBy) {

        public long all() {
            return draft + returned + inReview + reviewed;
        }

        /** Nothing submitted yet: no table, or only drafts and returned ones. */
        public boolean waitingForSubmission() {
            return all() == 0 || draft + returned > 0;
        }
    }

    public List<Row> withoutTables() {
        return rows.stream().filter(r -> r.all() == 0).toList();
    }

    /** Past the due day, the organisations with a table not yet submitted or none at all. */
    public List<Row> overdue() {
        return pastDue ? rows.stream().filter(Row::waitingForSubmission).toList() : List.of();
    }

    public boolean isOverdue(Row r) {
        return pastDue && r.waitingForSubmission();
    }
}
