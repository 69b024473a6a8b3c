package org.jixiao.server.workflow;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jixiao.server.evaluation.EvaluationJson;
import org.jixiao.server.evaluation.EvaluationOrigins;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.Scored;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Submit and review through the API: the same steps, rules and stamps as the buttons of the form. */
@RestController
@RequestMapping("/api/evaluations/{id}")
public class WorkflowApiController {
    /** A submission: the version the caller read (optional). */
    public record SubmitRequest(Integer version) {
    }

    private final WorkflowService workflow;
    private final EvaluationService evaluations;
    private final WorkflowSteps steps;
    private final EvaluationOrigins origins;

    WorkflowApiController(WorkflowService workflow, EvaluationService evaluations, WorkflowSteps steps,
                          EvaluationOrigins origins) {
        this.workflow = workflow;
        this.evaluations = evaluations;
        this.steps = steps;
        this.origins = origins;
    }

    @PostMapping("/submit")
    public EvaluationJson submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                 @RequestBody(required = false) SubmitRequest request, Locale locale) {
        workflow.act(id, Transition.SUBMIT, null, request == null ? null : request.version(), List.of(), user);
        return read(user, id, locale);
    }

    /** Any review step: DEPT_APPROVE, DEPT_RETURN, FINANCE_APPROVE (with re-checks), CANCEL_SUBMISSION, PUBLISH … */
    @PostMapping("/review")
    public EvaluationJson review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                 @Valid @RequestBody WorkflowForm step, Locale locale) {
        workflow.act(id, step.getAction(), step.getOpinion(), step.getVersion(), step.toRechecks(), step.toBudgetRecheck(), user);
        return read(user, id, locale);
    }

    @GetMapping("/steps")
    public List<WorkflowStep> steps(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        evaluations.get(id, user);
        return steps.of(id);
    }

    private EvaluationJson read(CurrentUser user, long id, Locale locale) {
        StoredEvaluation e = evaluations.get(id, user);
        Scored scored = evaluations.score(e);
        return EvaluationJson.of(e, scored, scored.result(), origins.of(id).orElse(null), locale);
    }
}
