package org.jixiao.server.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of evaluations with its filters and tabs, and the reviewer's 待我审核. */
@Controller
class EvaluationListController {
    static final List<String> GRADES = List.of("优", "良", "中", "差");
    private final EvaluationService evaluations;
    private final OrganisationChoices organisations;
    private final EvaluationScoring scoring;
    private final List<EvaluationListPart> parts;

    EvaluationListController(EvaluationService evaluations, OrganisationChoices organisations, EvaluationScoring scoring,
                             List<EvaluationListPart> parts) {
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.scoring = scoring;
        this.parts = parts;
    }

    @GetMapping("/evaluations")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ListRequest request, Model model,
                HttpServletRequest http) {
        EvaluationFilter filter = request.pageFilter();
        model.addAttribute("result", evaluations.list(filter, user));
        model.addAttribute("filter", filter);
        model.addAttribute("tabs", EvaluationStatus.Tab.values());
        model.addAttribute("reviewMode", false);
        parts.forEach(p -> p.fill(model, user, http));
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
        parts.forEach(p -> p.fill(model, user, http));
        return "evaluations/list";
    }
}
