package org.jixiao.server.declaration;

import java.util.List;
import org.jixiao.server.evaluation.EvaluationStatus;

/**
 * The list's filters, as the evaluations' list has them: year, department, unit, a status tab or a status, the
 * project searched by name or code; one page.
 */
public record DeclarationFilter(Integer year, Long departmentId, Long unitId, EvaluationStatus.Tab tab,
                                EvaluationStatus status, String query, int page, int size) {

    public DeclarationFilter {
        page = Math.max(0, page);
        size = Math.min(Math.max(1, size), 200);
        query = query == null || query.isBlank() ? null : query.strip();
    }

    /** The statuses asked for: one, a tab's, or all. */
    public List<EvaluationStatus> statuses() {
        if (status != null) {
            return List.of(status);
        }
        if (tab != null) {
            return tab.statuses();
        }
        return DeclarationRepository.STATUSES;
    }
}
