package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.FinanceRecheck;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.audit.Differences;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Role;
import org.jixiao.server.system.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, creating and saving evaluations, always within the caller's scope, every change audited. */
@Service
public class EvaluationService {
    private final EvaluationRepository repository;
    private final OrganisationRepository organisations;
    private final EvaluationScoring scoring;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EvidenceRows evidence;

    public EvaluationService(EvaluationRepository repository, OrganisationRepository organisations,
                             EvaluationScoring scoring, AuditTrail audit, ApplicationEventPublisher events,
                             EvidenceRows evidence) {
        this.evidence = evidence;
        this.repository = repository;
        this.organisations = organisations;
        this.scoring = scoring;
        this.audit = audit;
        this.events = events;
    }

    /** The evaluation, if the caller may see it; otherwise not found. */
    public StoredEvaluation get(long id, CurrentUser user) {
        return repository.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("evaluation " + id));
    }

    public Page<EvaluationSummary> list(EvaluationFilter filter, CurrentUser user) {
        return repository.find(filter, user.scope(), departmentPath(filter, user));
    }

    /** The ids of the first {@code max} tables in the caller's scope the filter matches, in the list's order. */
    public List<Long> matchingIds(EvaluationFilter filter, CurrentUser user, int max) {
        return repository.findIds(filter, user.scope(), departmentPath(filter, user), max);
    }

    private String departmentPath(EvaluationFilter filter, CurrentUser user) {
        return filter.departmentId() == null ? null : organisations.findById(filter.departmentId(), user.scope())
                .map(o -> o.path() + "%").orElse("/none/");
    }

    /** The stored table scored, the findings that ask for a document answered by the files on file. */
    public Scored score(StoredEvaluation e) {
        return scoring.score(e.form(), e.schemeId()).withEvidence(evidence.of(e.id()));
    }

    /** A scoring of the table's form as typed, with the findings the files on file answer set aside. */
    public Scored withEvidence(long id, Scored scored) {
        return scored.withEvidence(evidence.of(id));
    }

    /** Creates an evaluation in an organisation the caller may fill in for; returns its id. */
    @Transactional
    public long create(SelfEvaluation form, String schemeId, long organisationId, CurrentUser user, AuditSource source,
                       String origin) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        if (!(user.is(Role.FILLER) || user.is(Role.ADMIN)) || org.kind() == OrgKind.FINANCE_BUREAU) {
            throw new ForbiddenException("error.notYoursToFill");
        }
        String scheme = scoring.knows(schemeId) ? schemeId : scoring.scheme(null).id();
        Scored scored = scoring.score(form, scheme);
        SelfEvaluation kept = source == AuditSource.SCREEN || source == AuditSource.API
                ? FormMapper.withComputedFigures(form, scored.sheet()) : form;
        long id = repository.insert(org.id(), scheme, kept, scored.sheet(), user.id(), origin);
        audit.record(id, 0, user.id(), user.displayName(), source, Differences.between(null, kept));
        events.publishEvent(new EvaluationStored(id, kept, scheme, List.of(), Recheck.NONE));
        return id;
    }

    /**
     * Saves a changed form. Only a filler (or administrator) may, only on a draft or returned evaluation, and only
     * over the version they loaded.
     *
     * @return the new version
     * @throws EditConflictException when someone saved in between
     */
    @Transactional
    public int save(long id, int version, SelfEvaluation changed, String schemeId, CurrentUser user, AuditSource source) {
        StoredEvaluation stored = get(id, user);
        checkMayEdit(stored, user);
        if (stored.version() != version) {
            throw new EditConflictException(id, version);
        }
        String scheme = schemeId != null && scoring.knows(schemeId) ? schemeId : stored.schemeId();
        Scored scored = scoring.score(changed, scheme);
        // An import keeps the figures as printed, as create does: a re-import of the same file then changes nothing.
        SelfEvaluation kept = source == AuditSource.IMPORT ? changed : FormMapper.withComputedFigures(changed, scored.sheet());
        List<Recheck> rechecks = stored.rechecks();
        int newVersion = repository.update(id, version, kept, scored.sheet(), rechecks);
        audit.record(id, newVersion, user.id(), user.displayName(), source, Differences.between(stored.form(), kept));
        events.publishEvent(new EvaluationStored(id, kept, scheme, rechecks, stored.budgetRecheck()));
        return newVersion;
    }

    /** What the table stands at: the core's re-checked total and grade once finance re-checked it, else the sheet's. */
    public FinalResult finalResult(StoredEvaluation e, Scored scored) {
        return FinanceRecheck.result(scored.sheet(), scored.scheme(), e.recheckEntries(), e.budgetRecheck().entry());
    }

    /** Stores the finance reviewer's re-check of each indicator and of the execution row; the caller checks that they may. */
    @Transactional
    public void saveRechecks(long id, List<Recheck> rechecks, Recheck budget, CurrentUser user) {
        repository.saveRechecks(id, rechecks, budget);
        events.publishEvent(EvaluationStored.of(get(id, user)));
    }

    public void checkMayEdit(StoredEvaluation stored, CurrentUser user) {
        if (!(user.is(Role.FILLER) || user.is(Role.ADMIN))) {
            throw new ForbiddenException("error.notYoursToFill");
        }
        if (!stored.status().isEditable()) {
            throw new LockedEvaluationException(stored.status());
        }
    }

    public boolean mayEdit(StoredEvaluation stored, CurrentUser user) {
        return (user.is(Role.FILLER) || user.is(Role.ADMIN)) && stored.status().isEditable();
    }
}
