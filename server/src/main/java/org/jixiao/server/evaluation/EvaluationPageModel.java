package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.org.Role;
import org.jixiao.server.system.CurrentUser;
import org.jixiao.server.workflow.FrozenSheets;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowStep;
import org.jixiao.server.workflow.WorkflowSteps;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the form page shows besides the form itself: scores, findings, review steps, history, choices. */
@Component
public class EvaluationPageModel {
    private final EvaluationService evaluations;
    private final WorkflowSteps steps;
    private final FrozenSheets frozen;
    private final AuditTrail audit;
    private final List<EvaluationPagePart> parts;

    EvaluationPageModel(EvaluationService evaluations, WorkflowSteps steps, FrozenSheets frozen, AuditTrail audit,
                        List<EvaluationPagePart> parts) {
        this.parts = parts;
        this.evaluations = evaluations;
        this.steps = steps;
        this.frozen = frozen;
        this.audit = audit;
    }

    public void fill(Model model, StoredEvaluation stored, EvaluationForm form, Scored typed, CurrentUser user, String tab) {
        Scored scored = evaluations.withEvidence(stored.id(), typed);
        model.addAttribute("e", stored);
        model.addAttribute("form", form);
        model.addAttribute("scored", scored);
        FinalResult result = evaluations.finalResult(stored, scored);
        model.addAttribute("finalResult", result);
        model.addAttribute("recheckResult", result); // the finance form's running total starts from what is stored
        model.addAttribute("editable", evaluations.mayEdit(stored, user));
        model.addAttribute("tab", List.of("form", "review", "history").contains(tab) ? tab : "form");
        List<WorkflowStep> taken = steps.of(stored.id());
        model.addAttribute("steps", taken);
        // a returned table opens with the opinion it was returned with
        model.addAttribute("returnedBy", stored.status() != EvaluationStatus.RETURNED || taken.isEmpty() ? null
                : taken.get(taken.size() - 1).action().needsOpinion() ? taken.get(taken.size() - 1) : null);
        model.addAttribute("frozen", frozen.of(stored.id()).orElse(null));
        model.addAttribute("history", "history".equals(tab) ? audit.history(stored.id()) : List.of());
        boolean own = stored.submittedBy() != null && stored.submittedBy() == user.id();
        model.addAttribute("actions", Transition.available(user.role(), stored.status()).stream()
                .filter(t -> !(t.isApproval() && own)).toList());
        model.addAttribute("isFinance", user.is(Role.FINANCE_REVIEWER));
        model.addAttribute("operators", Operator.values());
        model.addAttribute("actualStatuses", ActualStatus.values());
        model.addAttribute("currencies", CurrencyUnit.values());
        model.addAttribute("fundingKinds", FundingRow.Kind.values());
        model.addAttribute("unitChoices", EvaluationFormController.units());
        model.addAttribute("tiers", scored.scheme().qualitativeTiers());
        parts.forEach(p -> p.fill(model, stored, user));
    }
}
