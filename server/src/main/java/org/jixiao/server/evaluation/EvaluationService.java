package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.assessment.Rechecks;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.choice.SchemeEvidence;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.audit.Differences;
import org.jixiao.server.common.EditConflictException;
import org.jixiao.server.common.LockedEvaluationException;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
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
    private final EvaluationOrigins origins;
    private final EvidenceRows evidence;

    public EvaluationService(EvaluationRepository repository, OrganisationRepository organisations,
                             EvaluationScoring scoring, AuditTrail audit, ApplicationEventPublisher events,
                             EvaluationOrigins origins, EvidenceRows evidence) {
        this.evidence = evidence;
        this.repository = repository;
        this.organisations = organisations;
        this.scoring = scoring;
        this.audit = audit;
        this.events = events;
        this.origins = origins;
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

    /** The scheme a table read from a file is kept under (see {@link EvaluationScoring#schemeOf}). */
    public String schemeOf(SelfEvaluation table, List<SchemeEvidence> evidence) {
        return scoring.schemeOf(table, evidence);
    }

    /** The stored form's assessment under re-check entries being typed (nothing is saved). */
    public Scored score(StoredEvaluation e, Rechecks rechecks) {
        return scoring.score(e.form(), e.schemeId(), rechecks, origins.laterAdjustments(e.id())).withEvidence(evidence.of(e.id()));
    }

    /**
     * The stored form's assessment, standing at finance's re-check where the table holds one; the findings that ask
     * for a document answered by the files on file.
     */
    public Scored score(StoredEvaluation e) {
        return score(e, e.standingRechecks());
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
        Policies.MAY_FILL_IN.decide(user, org).orThrow();
        String scheme = scoring.knows(schemeId) ? schemeId : scoring.scheme(null).id();
        Scored scored = scoring.score(form, scheme);
        SelfEvaluation kept = source == AuditSource.SCREEN || source == AuditSource.API
                ? scored.withComputedFigures() : form;
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
     * @throws EditConflictException  when someone saved in between
     * @throws LockedColumnsException when the evaluation was made from a declaration and a column it locks changed
     */
    @Transactional
    public int save(long id, int version, SelfEvaluation changed, String schemeId, CurrentUser user, AuditSource source) {
        return save(id, version, changed, null, schemeId, user, source);
    }

    /**
     * The same save, from a form that carries each indicator row's identity ({@link #rowKeys}): rows moved or deleted
     * on the screen keep theirs, and the evidence files on them stay with them.
     *
     * @param rowKeys per row of {@code changed}, the identity it was read with, null for a row added
     */
    @Transactional
    public int save(long id, int version, SelfEvaluation changed, List<Integer> rowKeys, String schemeId, CurrentUser user,
                    AuditSource source) {
        StoredEvaluation stored = get(id, user);
        checkMayEdit(stored, user);
        if (origins.of(id).isPresent()) {
            LockedColumns.check(stored.form(), changed);
        }
        return store(stored, version, changed, rowKeys, schemeId, user, source);
    }

    /** The identity of each indicator row of an evaluation the caller has read, in the rows' order. */
    public List<Integer> rowKeys(StoredEvaluation stored) {
        return repository.rowKeys(stored.id());
    }

    /**
     * Saves what an approved adjustment changes in the columns an evaluation made from its declaration locks, on the
     * approver's step: only while the evaluation is a draft or returned, over the version read.
     *
     * @return the new version
     */
    @Transactional
    public int saveDeclaredColumns(long id, int version, SelfEvaluation changed, CurrentUser approver, AuditSource source) {
        StoredEvaluation stored = get(id, approver);
        if (!stored.status().isEditable()) {
            throw new LockedEvaluationException(stored.status());
        }
        return store(stored, version, changed, null, null, approver, source);
    }

    private int store(StoredEvaluation stored, int version, SelfEvaluation changed, List<Integer> rowKeys, String schemeId,
                      CurrentUser user, AuditSource source) {
        long id = stored.id();
        if (stored.version() != version) {
            throw new EditConflictException(id, version);
        }
        String scheme = schemeId != null && scoring.knows(schemeId) ? schemeId : stored.schemeId();
        Scored scored = scoring.score(changed, scheme);
        // An import keeps the figures as printed, as create does: a re-import of the same file then changes nothing.
        SelfEvaluation kept = source == AuditSource.IMPORT ? changed : scored.withComputedFigures();
        List<Recheck> rechecks = stored.rechecks();
        int newVersion = repository.update(id, version, kept, scored.sheet(), rechecks, rowKeys);
        audit.record(id, newVersion, user.id(), user.displayName(), source, Differences.between(stored.form(), kept));
        // an editable table holds no re-check (EvaluationStatus.holdsRecheck)
        events.publishEvent(new EvaluationStored(id, kept, scheme, List.of(), Recheck.NONE));
        return newVersion;
    }

    /** Stores the finance reviewer's re-check of each indicator and of the execution row; the caller checks that they may. */
    @Transactional
    public void saveRechecks(long id, List<Recheck> rechecks, Recheck budget, CurrentUser user) {
        repository.saveRechecks(id, rechecks, budget);
        events.publishEvent(EvaluationStored.of(get(id, user)));
    }

    /**
     * Something the table's findings depend on changed outside it (an adjustment of its goals approved after it was
     * submitted): the figures derived from it follow.
     */
    @Transactional
    public void findingsChanged(long id, CurrentUser user) {
        events.publishEvent(EvaluationStored.of(get(id, user)));
    }

    /** The table entered or left the statuses that hold finance's re-check: figures derived from it follow. */
    @Transactional
    public void recheckStandingChanged(long id, CurrentUser user) {
        events.publishEvent(EvaluationStored.of(get(id, user)));
    }

    public void checkMayEdit(StoredEvaluation stored, CurrentUser user) {
        Policies.MAY_EDIT.decide(user, stored.facts()).orThrow();
    }

    public boolean mayEdit(StoredEvaluation stored, CurrentUser user) {
        return Policies.MAY_EDIT.decide(user, stored.facts()).allowed();
    }
}
