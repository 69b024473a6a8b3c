package org.jixiao.server.evaluation;

import java.time.Year;
import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Creating an evaluation: blank, or copied from last year's (one click each). Import lives in disclosure. */
@Controller
class NewEvaluationController {
    private final EvaluationService evaluations;
    private final OrganisationRepository organisations;
    private final EvaluationScoring scoring;

    NewEvaluationController(EvaluationService evaluations, OrganisationRepository organisations, EvaluationScoring scoring) {
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.scoring = scoring;
    }

    @GetMapping("/evaluations/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisations", fillable(user));
        model.addAttribute("previous", evaluations.list(new EvaluationFilter(null, null, null, null, null, null, null, null, 0, 200), user).items());
        model.addAttribute("schemes", scoring.schemes());
        model.addAttribute("thisYear", Year.now().getValue());
        return "evaluations/new";
    }

    @PostMapping("/evaluations/new")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam long organisationId,
                  @RequestParam(required = false) Long copyOf, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String scheme) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        int y = year == null || year < 2000 || year > 2100 ? Year.now().getValue() : year;
        long id;
        if (copyOf != null) {
            StoredEvaluation source = evaluations.get(copyOf, user);
            SelfEvaluation copy = NextYear.of(source.form(), y);
            id = evaluations.create(copy, source.schemeId(), org.id(), user, AuditSource.SCREEN, "copy of #" + copyOf);
        } else {
            Organisation department = org.kind() == OrgKind.UNIT && org.parentId() != null
                    ? organisations.findById(org.parentId(), user.scope()).orElse(org) : org;
            EvaluationForm blank = FormMapper.blank(department.name(), org.kind() == OrgKind.UNIT ? org.name() : null, y,
                    scoring.knows(scheme) ? scheme : null);
            blank.setProject("—");
            id = evaluations.create(FormMapper.toEvaluation(blank, null), blank.getSchemeId(), org.id(), user,
                    AuditSource.SCREEN, "blank");
        }
        return "redirect:/evaluations/" + id;
    }

    private List<Organisation> fillable(CurrentUser user) {
        return organisations.findAll(user.scope()).stream().filter(o -> o.kind() != OrgKind.FINANCE_BUREAU).toList();
    }
}
