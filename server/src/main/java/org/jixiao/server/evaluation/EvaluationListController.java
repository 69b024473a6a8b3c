package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Role;
import org.jixiao.server.system.CurrentUser;
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
    private final OrganisationRepository organisations;
    private final EvaluationScoring scoring;

    EvaluationListController(EvaluationService evaluations, OrganisationRepository organisations, EvaluationScoring scoring) {
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.scoring = scoring;
    }

    @GetMapping("/evaluations")
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ListRequest request, Model model) {
        EvaluationFilter filter = request.pageFilter();
        model.addAttribute("result", evaluations.list(filter, user));
        model.addAttribute("filter", filter);
        model.addAttribute("tabs", EvaluationStatus.Tab.values());
        model.addAttribute("reviewMode", false);
        addChoices(user, model);
        return "evaluations/list";
    }

    @GetMapping("/evaluations/review")
    String review(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        EvaluationStatus waiting = user.is(Role.DEPT_REVIEWER) ? EvaluationStatus.SUBMITTED
                : user.is(Role.FINANCE_REVIEWER) ? EvaluationStatus.DEPT_APPROVED : null;
        EvaluationFilter filter = new EvaluationFilter(null, null, null, null, waiting, null, null, null, page, 20);
        model.addAttribute("result", waiting == null ? new Page<EvaluationSummary>(List.of(), 0, 0, 20)
                : evaluations.list(filter, user));
        model.addAttribute("filter", filter);
        model.addAttribute("tabs", EvaluationStatus.Tab.values());
        model.addAttribute("reviewMode", true);
        addChoices(user, model);
        return "evaluations/list";
    }

    private void addChoices(CurrentUser user, Model model) {
        List<Organisation> visible = organisations.findAll(user.scope());
        model.addAttribute("departments", visible.stream().filter(o -> o.kind() == OrgKind.DEPARTMENT).toList());
        model.addAttribute("units", visible.stream().filter(o -> o.kind() != OrgKind.FINANCE_BUREAU).toList());
        model.addAttribute("grades", GRADES);
        model.addAttribute("schemes", scoring.schemes());
    }
}
