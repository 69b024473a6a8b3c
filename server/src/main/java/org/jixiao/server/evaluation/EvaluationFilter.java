package org.jixiao.server.evaluation;

import java.util.List;

/**
 * The list's filters. Absent filters are null; {@code departmentId} and {@code unitId} name organisations, which
 * are themselves looked up within the caller's scope.
 */
public record EvaluationFilter(Integer year, Long departmentId, Long unitId, EvaluationStatus.Tab tab,
                               EvaluationStatus status, String grade, String schemeId, String query, int page, int size,
                               ListSort sort) {

    public static final int MAX_SIZE = 200;

    /** Newest first. */
    public EvaluationFilter(Integer year, Long departmentId, Long unitId, EvaluationStatus.Tab tab, EvaluationStatus status,
                            String grade, String schemeId, String query, int page, int size) {
        this(year, departmentId, unitId, tab, status, grade, schemeId, query, page, size, ListSort.NEWEST);
    }

    public EvaluationFilter {
        sort = sort == null ? ListSort.NEWEST : sort;
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
        query = query == null || query.isBlank() ? null : query.strip();
        grade = grade == null || grade.isBlank() ? null : grade.strip();
        schemeId = schemeId == null || schemeId.isBlank() ? null : schemeId.strip();
    }

    public static EvaluationFilter all() {
        return new EvaluationFilter(null, null, null, null, null, null, null, null, 0, 20);
    }

    /** The statuses to list: the one asked for (作废 only so), the tab's, or all but the voided. */
    public List<EvaluationStatus> statuses() {
        if (status != null) {
            return List.of(status);
        }
        return tab == null ? EvaluationStatus.NOT_VOIDED : tab.statuses();
    }

    public EvaluationFilter withPage(int p) {
        return new EvaluationFilter(year, departmentId, unitId, tab, status, grade, schemeId, query, p, size, sort);
    }
}
