package org.jixiao.server.evaluation;

/**
 * The list's query parameters as the page and the API both receive them. Free text is cut to what the columns
 * can hold before it reaches a query; the organisations named are looked up in the caller's scope by
 * {@link EvaluationService#list}.
 */
public record ListRequest(Integer year, Long departmentId, Long unitId, EvaluationStatus.Tab tab, EvaluationStatus status,
                          String grade, String scheme, String q, Integer page, Integer size, String sort,
                          String dir) {

    /** The filter as asked for. */
    public EvaluationFilter filter() {
        return new EvaluationFilter(year, departmentId, unitId, tab, status, cap(grade, 10), cap(scheme, 50), cap(q, 200),
                page == null ? 0 : page, size == null ? 20 : size, ListSort.of(sort, dir));
    }

    /** The page's filter: it offers tabs rather than single statuses, twenty a page. */
    public EvaluationFilter pageFilter() {
        return new EvaluationFilter(year, departmentId, unitId, tab, null, cap(grade, 10), cap(scheme, 50), cap(q, 200),
                page == null ? 0 : page, 20, ListSort.of(sort, dir));
    }

    private static String cap(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
