package org.jixiao.server.workflow;

import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.EditConflictException;
import org.jixiao.server.common.SubmissionBlockedException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.evaluation.EvaluationRepository;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.Recheck;
import org.jixiao.server.evaluation.Scored;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes workflow steps: checks who may, stamps the step, freezes the score sheet on submission, audits. */
@Service
public class WorkflowService {
    private final EvaluationService evaluations;
    private final EvaluationRepository repository;
    private final WorkflowSteps steps;
    private final FrozenSheets frozen;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    public WorkflowService(EvaluationService evaluations, EvaluationRepository repository, WorkflowSteps steps,
                           FrozenSheets frozen, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.evaluations = evaluations;
        this.repository = repository;
        this.steps = steps;
        this.frozen = frozen;
        this.audit = audit;
    }

    /**
     * What 送审 would meet: the errors that refuse it, else the warnings it would pass over (the web form names them
     * in a confirmation before it submits); empty when there is neither.
     */
    public List<Finding> standingInTheWayOfSubmission(long evaluationId, CurrentUser user) {
        List<Finding> findings = evaluations.score(evaluations.get(evaluationId, user)).findings();
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        return !errors.isEmpty() ? errors : findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /**
     * Takes a step on an evaluation the caller may see.
     *
     * @param version  the version the caller saw (null: the current one)
     * @param rechecks the finance re-check per indicator (FINANCE_APPROVE only; may be empty)
     * @return the new version
     * @throws SubmissionBlockedException when submitting a table with findings of severity error
     */
    @Transactional
    public int act(long evaluationId, Transition action, String opinion, Integer version, List<Recheck> rechecks,
                   CurrentUser user) {
        return act(evaluationId, action, opinion, version, rechecks, Recheck.NONE, user);
    }

    /** As {@link #act(long, Transition, String, Integer, List, CurrentUser)}, with the re-check of the execution row. */
    @Transactional
    public int act(long evaluationId, Transition action, String opinion, Integer version, List<Recheck> rechecks,
                   Recheck budgetRecheck, CurrentUser user) {
        StoredEvaluation e = evaluations.get(evaluationId, user);
        Policies.takesStepsOf(action.role()).decide(user).orThrow();
        if (!action.startsFrom(e.status())) {
            throw new WorkflowException("error.stepNotAllowed");
        }
        if (action.isApproval()) {
            Policies.NOT_OWN_SUBMISSION.decide(user, e.facts()).orThrow();
        }
        String text = opinion == null ? null : opinion.strip();
        if (action.needsOpinion() && (text == null || text.isEmpty())) {
            throw new WorkflowException("error.opinionRequired");
        }
        if (text != null && text.length() > 4000) {
            throw new WorkflowException("validation.opinionTooLong");
        }
        if (version != null && version != e.version()) {
            throw new EditConflictException(evaluationId, version);
        }
        boolean submitting = action == Transition.SUBMIT;
        Scored scored = submitting ? evaluations.score(e) : null;
        if (submitting) {
            List<Finding> errors = scored.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new SubmissionBlockedException(errors);
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        int newVersion = repository.changeStatus(evaluationId, e.version(), action.to(), submitting ? user.id() : null,
                submitting ? now : null);
        if (submitting) {
            frozen.freeze(evaluationId, scored.sheet(), now);
        }
        List<Recheck> given = rechecks == null ? List.of() : rechecks;
        Recheck budget = budgetRecheck == null ? Recheck.NONE : budgetRecheck;
        if (action == Transition.FINANCE_APPROVE && (!given.isEmpty() || !budget.isEmpty())) {
            evaluations.saveRechecks(evaluationId, given.subList(0, Math.min(given.size(), e.form().indicators().size())),
                    budget, user);
        } else if (e.status().holdsRecheck() != action.to().holdsRecheck()) {
            evaluations.recheckStandingChanged(evaluationId, user);
        }
        steps.append(evaluationId, action, e.status(), user.id(), user.displayName(), now, text == null || text.isEmpty() ? null : text);
        audit.record(evaluationId, newVersion, user.id(), user.displayName(), AuditSource.WORKFLOW,
                List.of(new AuditTrail.Change("status", e.status().name(), action.to().name())));
        events.publishEvent(new WorkflowStepTaken(evaluationId, e.organisationId(), e.form().header().project(),
                e.form().header().year(), action, e.status(), text == null || text.isEmpty() ? null : text, user.id(),
                user.displayName(), submitting ? Long.valueOf(user.id()) : e.submittedBy()));
        return newVersion;
    }
}
