package org.jixiao.server.declaration;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.core.declaration.DeclarationVersion;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentStatusStore;
import org.jixiao.server.document.DocumentSteps;
import org.jixiao.server.document.DocumentWorkflow;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.jixiao.server.workflow.Transition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adjustments (绩效目标调整, lifecycle §2): filed by the unit on an approved declaration, one open at a time, against
 * the version in force; reviewed with the declaration's steps; finance's approval applies it (the core's
 * {@link Adjustment#applyTo}) and makes the next version, which updates the evaluation made from the declaration
 * while that is still being filled.
 */
@Service
public class AdjustmentService {
    private final AdjustmentRepository repository;
    private final DeclarationRepository declarationRepository;
    private final DeclarationService declarations;
    private final DeclaredEvaluations evaluations;
    private final DocumentStatusStore status;
    private final DocumentSteps steps;
    private final DocumentHistory history;

    AdjustmentService(AdjustmentRepository repository, DeclarationRepository declarationRepository,
                      DeclarationService declarations, DeclaredEvaluations evaluations, DocumentStatusStore status,
                      DocumentSteps steps, DocumentHistory history) {
        this.repository = repository;
        this.declarationRepository = declarationRepository;
        this.declarations = declarations;
        this.evaluations = evaluations;
        this.status = status;
        this.steps = steps;
        this.history = history;
    }

    public StoredAdjustment get(long id, CurrentUser user) {
        return repository.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("adjustment " + id));
    }

    /** The adjustments of a declaration the caller has read, oldest first. */
    public List<StoredAdjustment> of(StoredDeclaration d) {
        return repository.of(d.id());
    }

    /** The version in force of an approved declaration. */
    public DeclarationVersion latest(StoredDeclaration d) {
        List<ApprovedVersion> versions = declarationRepository.versions(d.id());
        if (versions.isEmpty()) {
            throw new WorkflowException("declaration.error.notApproved");
        }
        return versions.get(versions.size() - 1).version();
    }

    /**
     * Files an adjustment on an approved declaration the caller may fill in for; returns its id.
     *
     * @throws WorkflowException        the declaration is not approved, or another adjustment of it is open
     * @throws IllegalArgumentException a change names an indicator the version does not have (the core's message)
     */
    @Transactional
    public long file(long declarationId, Adjustment adjustment, CurrentUser user, AuditSource source) {
        StoredDeclaration d = declarations.get(declarationId, user);
        checkFiller(user);
        return open(d, adjustment, user, source);
    }

    /**
     * Finance asks the unit to adjust an approved declaration (a monitoring report showed its goals out of reach): a
     * draft adjustment the unit completes, submits and sees through the usual review; returns its id.
     *
     * @throws WorkflowException the declaration is not approved, or another adjustment of it is open
     */
    @Transactional
    public long askFor(long declarationId, Adjustment draft, CurrentUser user, AuditSource source) {
        StoredDeclaration d = declarations.get(declarationId, user);
        Policies.MAY_DIRECT_FOLLOW_UP.decide(user).orThrow();
        return open(d, draft, user, source);
    }

    private long open(StoredDeclaration d, Adjustment adjustment, CurrentUser user, AuditSource source) {
        long declarationId = d.id();
        DeclarationVersion latest = latest(d);
        if (repository.of(declarationId).stream().anyMatch(StoredAdjustment::isOpen)) {
            throw new WorkflowException("declaration.error.adjustmentOpen");
        }
        adjustment.applyTo(latest);
        long id = repository.insert(declarationId, latest.number(), adjustment, user.id());
        history.record(org.jixiao.server.document.DocumentRef.adjustment(id), 0, user.id(), user.displayName(), source,
                DeclarationDifferences.asked(adjustment, latest.declaration()));
        return id;
    }

    /** Replaces what a draft or returned adjustment asks, over the version read; returns the new version. */
    @Transactional
    public int save(long id, int version, Adjustment adjustment, CurrentUser user, AuditSource source) {
        StoredAdjustment a = get(id, user);
        checkFiller(user);
        if (!a.status().isEditable()) {
            throw new WorkflowException("declaration.error.locked");
        }
        if (a.version() != version) {
            throw new DocumentConflictException(a.ref(), version);
        }
        StoredDeclaration d = declarations.get(a.declarationId(), user);
        DeclarationVersion latest = latest(d);
        adjustment.applyTo(latest);
        int newVersion = status.bump(a.ref(), version);
        repository.replace(id, latest.number(), adjustment);
        history.record(a.ref(), newVersion, user.id(), user.displayName(), source,
                DeclarationDifferences.asked(adjustment, latest.declaration()));
        return newVersion;
    }

    /**
     * A review step on an adjustment. 送审 and finance's approval check that it still applies to the version in
     * force; the approval makes the next version and updates the evaluation made from the declaration while that is
     * a draft or returned.
     *
     * @return the adjustment's new version
     */
    @Transactional
    public int act(long id, Transition action, String opinion, Integer version, CurrentUser user) {
        StoredAdjustment a = get(id, user);
        String text = DocumentWorkflow.check(a.state(), DeclarationService.STEPS, action, opinion, version, user);
        StoredDeclaration d = declarations.get(a.declarationId(), user);
        DeclarationVersion latest = latest(d);
        boolean submitting = action == Transition.SUBMIT;
        if ((submitting || action == Transition.FINANCE_APPROVE) && a.baseVersion() != latest.number()) {
            throw new WorkflowException("declaration.error.adjustmentStale");
        }
        OffsetDateTime now = OffsetDateTime.now();
        int newVersion = status.changeStatus(a.ref(), a.version(), action.to(), submitting ? user.id() : null,
                submitting ? now : null);
        steps.append(a.ref(), action, a.status(), action.to(), user.id(), user.displayName(), now, text);
        List<AuditTrail.Change> changes = new ArrayList<>();
        changes.add(new AuditTrail.Change("status", a.status().name(), action.to().name()));
        if (action == Transition.FINANCE_APPROVE) {
            DeclarationVersion next = a.adjustment().applyTo(latest);
            declarationRepository.insertVersion(d.id(), next, id, user.id(), now);
            declarationRepository.approved(d.id(), next.number(), null);
            repository.made(id, next.number());
            changes.add(new AuditTrail.Change("madeVersion", null, String.valueOf(next.number())));
            int declarationVersion = status.bump(d.ref(), d.version());
            history.record(d.ref(), declarationVersion, user.id(), user.displayName(), AuditSource.WORKFLOW,
                    List.of(new AuditTrail.Change("approvedVersion", String.valueOf(latest.number()),
                            String.valueOf(next.number()))));
            evaluations.adjustmentApproved(d.id(), user);
        }
        history.record(a.ref(), newVersion, user.id(), user.displayName(), AuditSource.WORKFLOW, changes);
        return newVersion;
    }

    private static void checkFiller(CurrentUser user) {
        Policies.FILLS_IN.decide(user).orThrow(DeclarationService.NOT_YOURS_TO_FILL, DeclarationService.LOCKED);
    }
}
