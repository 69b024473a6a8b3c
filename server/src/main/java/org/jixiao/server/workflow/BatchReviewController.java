package org.jixiao.server.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.evaluation.EvaluationFilter;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.ListRequest;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 批量审核 on 待我审核 and the lists: the rows ticked (each {@code id:version}, the version the reviewer saw), or every
 * table matching the list's filter, with one step and one opinion; then the list again with each table's result.
 */
@Controller
class BatchReviewController {
    /** One table's result as the list shows it. */
    public record Result(long id, String project, boolean ok, String message) {
    }

    private final BatchReview batch;
    private final EvaluationService evaluations;

    BatchReviewController(BatchReview batch, EvaluationService evaluations) {
        this.batch = batch;
        this.evaluations = evaluations;
    }

    @PostMapping("/evaluations/batch-review")
    String review(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ListRequest request,
                  @RequestParam(required = false) List<String> ids, @RequestParam(defaultValue = "false") boolean all,
                  @RequestParam(defaultValue = "false") boolean waiting, @RequestParam(required = false) Transition action,
                  @RequestParam(required = false) String opinion, @RequestParam(required = false) String back,
                  RedirectAttributes redirect, Locale locale) {
        String target = "redirect:" + safeBack(back);
        if (action == null || !BatchReview.ACTIONS.contains(action) || !user.is(action.role())) {
            redirect.addFlashAttribute("batchError", "error.notYourStep");
            return target;
        }
        if (action.needsOpinion() && (opinion == null || opinion.isBlank())) {
            redirect.addFlashAttribute("batchError", "error.opinionRequired");
            redirect.addFlashAttribute("batchOpinion", opinion);
            return target;
        }
        List<Long> chosen = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        if (all) {
            chosen.addAll(evaluations.matchingIds(filterOf(request, waiting, user), user, BatchReview.MAX_IDS));
            chosen.forEach(id -> versions.add(null));
        } else if (ids != null) {
            for (String posted : ids.subList(0, Math.min(ids.size(), BatchReview.MAX_IDS))) {
                String[] parts = posted.split(":", 2);
                try {
                    chosen.add(Long.parseLong(parts[0].strip()));
                    versions.add(parts.length > 1 ? Integer.valueOf(parts[1].strip()) : null);
                } catch (NumberFormatException e) {
                    // not a row of the list: passed over
                }
            }
        }
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("batchError", "batch.noneChosen");
            return target;
        }
        List<Result> results = new ArrayList<>();
        for (BatchReview.Row row : batch.review(chosen, action, opinion, versions, user, locale)) {
            results.add(new Result(row.id(), projectOf(row.id(), user), row.ok(), row.message()));
        }
        redirect.addFlashAttribute("batchResults", results);
        redirect.addFlashAttribute("batchDone", results.stream().filter(Result::ok).count());
        redirect.addFlashAttribute("batchRefused", results.stream().filter(r -> !r.ok()).count());
        return target;
    }

    /** The filter of the page the batch came from: 待我审核 lists what waits for the caller's role. */
    private static EvaluationFilter filterOf(ListRequest request, boolean waiting, CurrentUser user) {
        EvaluationFilter f = request.pageFilter();
        if (!waiting) {
            return f;
        }
        EvaluationStatus status = user.is(Role.DEPT_REVIEWER) ? EvaluationStatus.SUBMITTED : EvaluationStatus.DEPT_APPROVED;
        return new EvaluationFilter(f.year(), f.departmentId(), f.unitId(), null, status, f.grade(), f.schemeId(), f.query(),
                0, BatchReview.MAX_IDS, f.sort());
    }

    private String projectOf(long id, CurrentUser user) {
        try {
            return evaluations.get(id, user).form().header().project();
        } catch (NotFoundException e) {
            return "#" + id;
        }
    }

    /** Back to the list the batch came from; anything else is the list itself (no redirect off the site). */
    static String safeBack(String back) {
        if (back != null && back.startsWith("/evaluations") && !back.contains("//") && !back.contains("\\")
                && back.chars().noneMatch(c -> c < 0x20)) {
            return back;
        }
        return "/evaluations";
    }
}
