package org.jixiao.server.workflow;

import java.util.List;
import org.jixiao.server.evaluation.EvaluationPagePart;
import org.jixiao.server.evaluation.EvaluationScoring;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The review on an evaluation's page: the steps taken, the opinion a returned table opens with, what was frozen at 送审, the steps the user may take. */
@Component
class ReviewPagePart implements EvaluationPagePart {
    private final WorkflowSteps steps;
    private final FrozenSheets frozen;
    private final EvaluationScoring scoring;

    ReviewPagePart(WorkflowSteps steps, FrozenSheets frozen, EvaluationScoring scoring) {
        this.steps = steps;
        this.frozen = frozen;
        this.scoring = scoring;
    }

    @Override
    public void fill(Model model, StoredEvaluation stored, CurrentUser user) {
        List<WorkflowStep> taken = steps.of(stored.id());
        model.addAttribute("steps", taken);
        // a returned table opens with the opinion it was returned with
        model.addAttribute("returnedBy", stored.status() != EvaluationStatus.RETURNED || taken.isEmpty() ? null
                : taken.get(taken.size() - 1).action().needsOpinion() ? taken.get(taken.size() - 1) : null);
        FrozenSheet sheet = frozen.of(stored.id()).orElse(null);
        model.addAttribute("frozen", sheet);
        model.addAttribute("frozenScheme", sheet == null || !scoring.knows(sheet.schemeId()) ? null : scoring.scheme(sheet.schemeId()));
        boolean mayApprove = Policies.NOT_OWN_SUBMISSION.decide(user, stored.facts()).allowed();
        List<Transition> actions = Transition.available(user.role(), stored.status()).stream()
                .filter(t -> !t.isApproval() || mayApprove).toList();
        model.addAttribute("actions", actions);
        // finance re-checks a table in the step that approves it: the re-check form stands where that step may be taken
        model.addAttribute("mayRecheck", actions.contains(Transition.FINANCE_APPROVE));
    }
}
