package org.jixiao.server.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jixiao.server.org.Role;
import org.jixiao.server.system.CurrentUser;
import org.jixiao.server.workflow.BatchReview;
import org.jixiao.server.workflow.Transition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The list of evaluations with its filters and tabs, and the reviewer's 待我审核. */
@Controller
class EvaluationListController {
    static final List<String> GRADES = List.of("优", "良", "中", "差");
    private final EvaluationService evaluations;
    private final OrganisationChoices organisations;
    private final EvaluationScoring scoring;

    EvaluationListController(EvaluationService evaluations, OrganisationChoices organisations, EvaluationScoring scoring) {
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.scoring = scoring;
    }

    @GetMapping("/evaluations")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ListRequest request, Model model,
                HttpServletRequest http) {
        EvaluationFilter filter = request.pageFilter();
        model.addAttribute("result", evaluations.list(filter, user));
        model.addAttribute("filter", filter);
        model.addAttribute("tabs", EvaluationStatus.Tab.values());
        model.addAttribute("reviewMode", false);
        batchControls(model, user, http);
        model.addAttribute("pickers", organisations.of(filter.departmentId(), filter.unitId(), user.scope()));
        model.addAttribute("grades", GRADES);
        model.addAttribute("schemes", scoring.schemes());
        return "evaluations/list";
    }

    /** htmx: the unit picker for the department just chosen, within the caller's scope. */
    @GetMapping("/evaluations/units")
    String units(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long departmentId, Model model) {
        model.addAttribute("pickers", organisations.of(departmentId, null, user.scope()));
        return "evaluations/list :: unitPicker";
    }

    @GetMapping("/evaluations/review")
    String review(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String dir, Model model,
                  HttpServletRequest http) {
        EvaluationStatus waiting = user.is(Role.DEPT_REVIEWER) ? EvaluationStatus.SUBMITTED
                : user.is(Role.FINANCE_REVIEWER) ? EvaluationStatus.DEPT_APPROVED : null;
        EvaluationFilter filter = new EvaluationFilter(null, null, null, null, waiting, null, null, null, page, 20,
                ListSort.of(sort, dir));
        model.addAttribute("result", waiting == null ? new Page<EvaluationSummary>(List.of(), 0, 0, 20)
                : evaluations.list(filter, user));
        model.addAttribute("filter", filter);
        model.addAttribute("tabs", EvaluationStatus.Tab.values());
        model.addAttribute("reviewMode", true);
        batchControls(model, user, http);
        return "evaluations/list";
    }

    /**
     * 批量审核 for reviewers: the steps their role takes, and the page to come back to with the results (the path and
     * query of this one, percent-encoded).
     */
    private static void batchControls(Model model, CurrentUser user, HttpServletRequest http) {
        List<Transition> steps = BatchReview.ACTIONS.stream().filter(t -> user.is(t.role())).toList();
        model.addAttribute("batchActions", steps);
        if (!steps.isEmpty()) {
            UriComponentsBuilder back = UriComponentsBuilder.fromPath(http.getServletPath());
            http.getParameterMap().forEach((name, values) -> {
                if (!name.equals("lang")) {
                    back.queryParam(name, (Object[]) values);
                }
            });
            model.addAttribute("back", back.build().encode().toUriString());
        }
    }
}
