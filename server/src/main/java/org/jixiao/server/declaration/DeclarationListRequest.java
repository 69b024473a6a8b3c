package org.jixiao.server.declaration;

import org.jixiao.server.evaluation.EvaluationStatus;

/** The list's query parameters as the page and the API receive them; free text cut to what the columns hold. */
public record DeclarationListRequest(Integer year, Long departmentId, Long unitId, EvaluationStatus.Tab tab,
                                     EvaluationStatus status, String q, Integer page, Integer size) {

    public DeclarationFilter filter() {
        return new DeclarationFilter(year, departmentId, unitId, tab, status, q == null || q.length() <= 200 ? q : q.substring(0, 200),
                page == null ? 0 : page, size == null ? 20 : size);
    }
}
