package org.jixiao.server.evaluation;

import java.util.Locale;

/**
 * The column a list is sorted by and the direction: one of the list's columns, each an ORDER BY written here (never
 * from the request), newest first when none is asked for. Ties fall to the newest id.
 */
public record ListSort(Column column, boolean ascending) {

    /** The list's sortable columns. */
    public enum Column {
        YEAR("e.budget_year"),
        PROJECT("e.project"),
        DEPARTMENT("e.department"),
        UNIT("COALESCE(e.unit, o.name)"),
        /** in the order of the workflow, not of the names */
        STATUS("CASE e.status WHEN 'DRAFT' THEN 0 WHEN 'RETURNED' THEN 1 WHEN 'SUBMITTED' THEN 2 WHEN 'DEPT_APPROVED' THEN 3"
                + " WHEN 'FINANCE_APPROVED' THEN 4 WHEN 'PUBLISHED' THEN 5 ELSE 6 END"),
        TOTAL("e.score_total"),
        GRADE("CASE e.score_grade WHEN '优' THEN 0 WHEN '良' THEN 1 WHEN '中' THEN 2 WHEN '差' THEN 3 ELSE 4 END"),
        UPDATED("e.updated_at");

        private final String expression;

        Column(String expression) {
            this.expression = expression;
        }
    }

    /** Newest first: the list's order when no column is chosen. */
    public static final ListSort NEWEST = new ListSort(Column.UPDATED, false);

    /**
     * The sort a request names ({@code sort=project&dir=asc}); anything not a column is the default. A column is
     * ascending unless {@code desc} is asked, except the update time, which starts newest first.
     */
    public static ListSort of(String sort, String dir) {
        if (sort == null || sort.isBlank()) {
            return NEWEST;
        }
        Column column;
        try {
            column = Column.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return NEWEST;
        }
        boolean ascending = dir == null || dir.isBlank() ? column != Column.UPDATED : !"desc".equalsIgnoreCase(dir.strip());
        return new ListSort(column, ascending);
    }

    /** The ORDER BY clause. */
    String orderBy() {
        return " ORDER BY " + column.expression + (ascending ? " ASC" : " DESC") + ", e.id DESC";
    }

    /** The request parameter's value of the column. */
    public String param() {
        return column.name().toLowerCase(Locale.ROOT);
    }

    public String dir() {
        return ascending ? "asc" : "desc";
    }

    /** Whether the list is sorted by this column (by its parameter value), for the headers. */
    public boolean is(String name) {
        return param().equals(name);
    }

    /** The direction a click on the column's header asks for: the other one where it is the column sorted by. */
    public String nextDir(String name) {
        if (is(name)) {
            return ascending ? "desc" : "asc";
        }
        return "updated".equals(name) ? "desc" : "asc";
    }

    /** aria-sort of the column's header. */
    public String ariaSort(String name) {
        return is(name) ? (ascending ? "ascending" : "descending") : null;
    }
}
