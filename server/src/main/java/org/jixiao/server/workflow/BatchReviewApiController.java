package org.jixiao.server.workflow;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jixiao.server.org.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** 批量审核 through the API: 200 with one {@code {id, ok, message}} per id, in the order given. */
@RestController
class BatchReviewApiController {
    private final BatchReview batch;

    BatchReviewApiController(BatchReview batch) {
        this.batch = batch;
    }

    /**
     * DEPT_APPROVE, DEPT_RETURN, FINANCE_APPROVE or FINANCE_RETURN on every id. A table outside the caller's scope,
     * in another state, changed since the version given or submitted by the caller is refused in its row; the others
     * go on.
     */
    @PostMapping("/api/evaluations/review")
    List<BatchReview.Row> review(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody BatchReviewRequest request,
                                 Locale locale) {
        return batch.review(request.ids(), request.action(), request.opinion(), request.versions(), user, locale);
    }
}
