package org.jixiao.server.declaration;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationChecks;
import org.jixiao.core.declaration.DeclarationContext;
import org.jixiao.core.declaration.DeclarationRules;
import org.jixiao.core.declaration.DeclarationVersion;
import org.jixiao.core.results.NextDeclarationGate;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.common.RefusedWithReasonException;
import org.jixiao.server.common.SubmissionBlockedException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentRef;
import org.jixiao.server.document.DocumentStatusStore;
import org.jixiao.server.document.DocumentSteps;
import org.jixiao.server.document.DocumentWorkflow;
import org.jixiao.server.document.DuplicateDocumentException;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.jixiao.server.workflow.Transition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations (绩效目标申报表) as documents of a project and year: read, listed, filed and changed within the caller's
 * scope, checked by the core on every read (lifecycle §1), reviewed with the evaluations' steps, finance's approval
 * making version 1; every change and step in the history.
 */
@Service
public class DeclarationService {
    /** The policies' refusals in a declaration's words. */
    static final String NOT_YOURS_TO_FILL = "declaration.error.notYoursToFill";
    static final String LOCKED = "declaration.error.locked";
    /** The grades finance may give the goals (lifecycle §1). */
    static final List<String> GOAL_GRADES = List.of("优", "良", "中", "差");
    static final Set<Transition> STEPS = DocumentWorkflow.DEPARTMENT_THEN_FINANCE;

    private final DeclarationRepository repository;
    private final OrganisationRepository organisations;
    private final DocumentStatusStore status;
    private final DocumentSteps steps;
    private final DocumentHistory history;
    /** Asked lazily: the results feature's check reads evaluations, whose service needs the declarations. */
    private final org.springframework.beans.factory.ObjectProvider<LastYearCheck> lastYear;

    DeclarationService(DeclarationRepository repository, OrganisationRepository organisations, DocumentStatusStore status,
                       DocumentSteps steps, DocumentHistory history,
                       org.springframework.beans.factory.ObjectProvider<LastYearCheck> lastYear) {
        this.repository = repository;
        this.organisations = organisations;
        this.status = status;
        this.steps = steps;
        this.history = history;
        this.lastYear = lastYear;
    }

    /** What last year's result says of declaring the project (lifecycle §5): the first verdict not ALLOWED. */
    public LastYearResult lastYear(Declaration d, long organisationId, CurrentUser user) {
        int year = d.header().year() == null ? 0 : d.header().year() - 1;
        LastYearResult shown = LastYearResult.allowed(year);
        for (LastYearCheck check : lastYear.orderedStream().toList()) {
            LastYearResult r = check.judge(d, organisationId, user);
            if (r.verdict() != NextDeclarationGate.Verdict.ALLOWED) {
                return r;
            }
            if (shown.grade() == null) {
                shown = r;
            }
        }
        return shown;
    }

    /** Refuses a declaration last year's result blocks, with the reason. */
    private void refuseBlocked(Declaration d, long organisationId, CurrentUser user) {
        LastYearResult r = lastYear(d, organisationId, user);
        if (r.verdict() == NextDeclarationGate.Verdict.BLOCKED) {
            throw new RefusedWithReasonException(r.outcome().zh(), r.outcome().en());
        }
    }

    /** The declaration, if the caller may see it; otherwise not found. */
    public StoredDeclaration get(long id, CurrentUser user) {
        return repository.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("declaration " + id));
    }

    public Page<DeclarationSummary> list(DeclarationFilter filter, CurrentUser user) {
        String departmentPath = null;
        if (filter.departmentId() != null) {
            departmentPath = organisations.findById(filter.departmentId(), user.scope())
                    .map(o -> o.path() + "%").orElse("/none/");
        }
        return repository.find(filter, user.scope(), departmentPath);
    }

    /** What a reviewer would find (lifecycle §1), against last year's declaration of the project where there is one. */
    public List<Finding> findings(Declaration d, long organisationId) {
        Declaration lastYear = d.header().year() == null ? null : repository
                .sameProjectIn(organisationId, d.header().year() - 1, DeclarationRepository.identityKey(d)).orElse(null);
        return DeclarationChecks.run(new DeclarationContext(d, lastYear, DeclarationRules.defaults()));
    }

    public List<Finding> findings(StoredDeclaration d) {
        return findings(d.declaration(), d.organisationId());
    }

    /** The organisation a declaration is filed in, if the caller may file there; its department and unit names. */
    Organisation fillableOrganisation(long organisationId, CurrentUser user) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        Policies.MAY_FILL_IN.decide(user, org).orThrow(NOT_YOURS_TO_FILL, LOCKED);
        return org;
    }

    /** 主管部门 and 实施单位 of an organisation: a unit's department is its parent. */
    String[] departmentAndUnit(Organisation org) {
        if (org.kind() == OrgKind.UNIT && org.parentId() != null) {
            String department = organisations.findByIdUnscoped(org.parentId()).map(Organisation::name).orElse("");
            return new String[] {department, org.name()};
        }
        return new String[] {org.name(), org.name()};
    }

    /**
     * Files a declaration in an organisation the caller may fill in for; returns its id.
     *
     * @throws DuplicateDocumentException when the organisation has one of the same project (code or name) and year
     */
    @Transactional
    public long create(Declaration d, long organisationId, CurrentUser user, AuditSource source) {
        Organisation org = fillableOrganisation(organisationId, user);
        refuseDuplicate(org.id(), d, null);
        if (source != AuditSource.DEMO) {
            // the demo's next-year draft records last year as loaded (tables as imported, not reviewed)
            refuseBlocked(d, org.id(), user);
        }
        List<Finding> findings = findings(d, org.id());
        long id;
        try {
            id = repository.insert(org.id(), d, count(findings, Severity.ERROR), count(findings, Severity.WARNING), user.id());
        } catch (DuplicateKeyException raced) {
            throw new DuplicateDocumentException("declaration.error.duplicate",
                    repository.findSame(org.id(), d.header().year(), DeclarationRepository.identityKey(d)).orElse(-1L));
        }
        history.record(DocumentRef.declaration(id), 0, user.id(), user.displayName(), source,
                DeclarationDifferences.between(null, d));
        return id;
    }

    /**
     * Saves a changed declaration: only a filler (or administrator), only a draft or returned one, only over the
     * version read.
     *
     * @return the new version
     */
    @Transactional
    public int save(long id, int version, Declaration changed, CurrentUser user, AuditSource source) {
        StoredDeclaration stored = get(id, user);
        checkMayEdit(stored, user);
        if (stored.version() != version) {
            throw new DocumentConflictException(stored.ref(), version);
        }
        refuseDuplicate(stored.organisationId(), changed, id);
        List<Finding> findings = findings(changed, stored.organisationId());
        int newVersion;
        try {
            newVersion = repository.update(id, version, changed, count(findings, Severity.ERROR),
                    count(findings, Severity.WARNING));
        } catch (DuplicateKeyException raced) {
            throw new DuplicateDocumentException("declaration.error.duplicate", -1L);
        }
        history.record(stored.ref(), newVersion, user.id(), user.displayName(), source,
                DeclarationDifferences.between(stored.declaration(), changed));
        return newVersion;
    }

    public void checkMayEdit(StoredDeclaration stored, CurrentUser user) {
        Policies.MAY_EDIT.decide(user, stored.facts()).orThrow(NOT_YOURS_TO_FILL, LOCKED);
    }

    /** Fillers and administrators file and change declarations. */
    public boolean mayFill(CurrentUser user) {
        return Policies.FILLS_IN.decide(user).allowed();
    }

    public boolean mayEdit(StoredDeclaration stored, CurrentUser user) {
        return Policies.MAY_EDIT.decide(user, stored.facts()).allowed();
    }

    /**
     * Takes a review step: 送审 (refused while an error finding stands), 取消送审, the department's and finance's
     * 通过 / 退回 / 取消审核. Finance's approval is final (终审): it makes version 1 of the approved goals, with the
     * goals' grade where given.
     *
     * @return the new version
     */
    @Transactional
    public int act(long id, Transition action, String opinion, Integer version, String goalGrade, CurrentUser user) {
        StoredDeclaration d = get(id, user);
        String text = DocumentWorkflow.check(d.state(), STEPS, action, opinion, version, user);
        String grade = goalGrade == null || goalGrade.isBlank() ? null : goalGrade.strip();
        if (grade != null && (!GOAL_GRADES.contains(grade)
                || !(action == Transition.FINANCE_APPROVE || action == Transition.FINANCE_RETURN))) {
            throw new WorkflowException("declaration.error.goalGrade");
        }
        boolean submitting = action == Transition.SUBMIT;
        if (submitting) {
            List<Finding> errors = findings(d).stream().filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new SubmissionBlockedException(errors);
            }
            refuseBlocked(d.declaration(), d.organisationId(), user);
        }
        OffsetDateTime now = OffsetDateTime.now();
        int newVersion = status.changeStatus(d.ref(), d.version(), action.to(), submitting ? user.id() : null,
                submitting ? now : null);
        steps.append(d.ref(), action, d.status(), action.to(), user.id(), user.displayName(), now, text);
        List<AuditTrail.Change> changes = new ArrayList<>();
        changes.add(new AuditTrail.Change("status", d.status().name(), action.to().name()));
        if (action == Transition.FINANCE_APPROVE) {
            repository.insertVersion(id, DeclarationVersion.first(d.declaration()), null, user.id(), now);
            repository.approved(id, 1, grade);
            changes.add(new AuditTrail.Change("approvedVersion", null, "1"));
        } else if (grade != null) {
            repository.approved(id, d.approvedVersion(), grade);
        }
        if (grade != null) {
            changes.add(new AuditTrail.Change("goalGrade", d.goalGrade(), grade));
        }
        history.record(d.ref(), newVersion, user.id(), user.displayName(), AuditSource.WORKFLOW, changes);
        return newVersion;
    }

    /** Every approved version, oldest first (empty before 终审). */
    public List<ApprovedVersion> versions(StoredDeclaration d) {
        return repository.versions(d.id());
    }

    private void refuseDuplicate(long organisationId, Declaration d, Long self) {
        if (d.header().year() == null) {
            return;
        }
        repository.findSame(organisationId, d.header().year(), DeclarationRepository.identityKey(d))
                .filter(other -> !other.equals(self))
                .ifPresent(other -> {
                    throw new DuplicateDocumentException("declaration.error.duplicate", other);
                });
    }

    private static int count(List<Finding> findings, Severity s) {
        return (int) findings.stream().filter(f -> f.severity() == s).count();
    }
}
