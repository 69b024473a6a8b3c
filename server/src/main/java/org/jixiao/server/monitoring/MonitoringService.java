package org.jixiao.server.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.declaration.DeclarationVersion;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.core.monitoring.MonitoringAssessment;
import org.jixiao.core.monitoring.MonitoringReport;
import org.jixiao.core.monitoring.MonitoringRules;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.common.SubmissionBlockedException;
import org.jixiao.server.declaration.ApprovedDeclaration;
import org.jixiao.server.declaration.DeclarationRepository;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentStatusStore;
import org.jixiao.server.document.DocumentSteps;
import org.jixiao.server.document.DocumentWorkflow;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.jixiao.server.workflow.Transition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring rounds and reports (lifecycle §4): a round opened by finance, each report made from the latest approved
 * version of its declaration, judged by the core's lights on every read and save, reviewed with the documents' steps.
 */
@Service
public class MonitoringService {
    static final Set<Transition> STEPS = DocumentWorkflow.DEPARTMENT_THEN_FINANCE;

    /** A report judged: the core's report (targets of the approved version, what the unit reported) and its lights. */
    record Judged(StoredReport stored, MonitoringReport report, MonitoringAssessment assessment) {
        /** The project's light, null while nothing is reported. */
        String light() {
            return lightOf(assessment);
        }

        int errors() {
            return errorsOf(assessment);
        }
    }

    static String lightOf(MonitoringAssessment assessment) {
        boolean anything = assessment.budget() != null || assessment.indicators().stream().anyMatch(Objects::nonNull);
        return anything ? assessment.project().name() : null;
    }

    static int errorsOf(MonitoringAssessment assessment) {
        return (int) assessment.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** A round opened: its id and the report of each declaration it covers. */
    record Opened(long id, List<long[]> reports) {
    }

    private final MonitoringRepository repository;
    private final DeclarationRepository declarations;
    private final OrganisationRepository organisations;
    private final DocumentStatusStore status;
    private final DocumentSteps steps;
    private final DocumentHistory history;
    /** The rule sets by id, each read once: a round names the one its reports are judged by. */
    private final java.util.Map<String, MonitoringRules> ruleSets = new java.util.concurrent.ConcurrentHashMap<>();
    private final org.jixiao.server.workbench.Inbox inbox;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final DefaultRules defaults;

    MonitoringService(MonitoringRepository repository, DeclarationRepository declarations,
                      OrganisationRepository organisations, DocumentStatusStore status, DocumentSteps steps,
                      DocumentHistory history, org.jixiao.server.workbench.Inbox inbox,
                      org.springframework.jdbc.core.simple.JdbcClient jdbc, DefaultRules defaults) {
        this.defaults = defaults;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.repository = repository;
        this.declarations = declarations;
        this.organisations = organisations;
        this.status = status;
        this.steps = steps;
        this.history = history;
    }

    /**
     * Opens a round over the approved declarations of the year in the organisation's subtree, or over those listed,
     * judged by the rule set {@code rulesId} names, or (null) by the organisation's default, which the round records.
     *
     * @throws IllegalArgumentException naming a listed declaration that is not an approved one of the year in scope
     */
    @Transactional
    public Opened open(int year, int month, LocalDate deadline, RoundKind kind, String rulesId, long organisationId,
                       List<Long> declarationIds, CurrentUser user) {
        Policies.MAY_DIRECT_FOLLOW_UP.decide(user).orThrow();
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        MonitoringRules rules = rules(rulesId != null ? rulesId : defaults.effective(org));
        List<Long> wanted = declarationIds == null ? null : List.copyOf(new LinkedHashSet<>(declarationIds));
        List<ApprovedDeclaration> covered = declarations.approved(year, user.scope(), org.path() + "%", wanted);
        if (wanted != null && covered.size() != wanted.size()) {
            Long missing = wanted.stream().filter(id -> covered.stream().noneMatch(d -> d.id() == id)).findFirst()
                    .orElse(null);
            throw new IllegalArgumentException(String.valueOf(missing));
        }
        long roundId = repository.insertRound(org.id(), year, month, deadline, kind, rules.id(), user.id());
        List<long[]> reports = new ArrayList<>();
        for (ApprovedDeclaration d : covered) {
            MonitoringReport blank = report(d.id(), d.approvedVersion(), month, MonitoringBodies.Body.EMPTY);
            long id = repository.insertReport(roundId, d.id(), d.approvedVersion(), d.organisationId(), d.project(),
                    Figures.of(blank, MonitoringAssessment.of(blank, rules)));
            reports.add(new long[] {id, d.id()});
        }
        return new Opened(roundId, reports);
    }

    /**
     * A report as another feature names it (a rectification's source): its project's organisation and whether finance
     * has approved it, if the caller may see it; otherwise not found.
     */
    public ReportSummary summary(long id, CurrentUser user) {
        Judged j = judged(id, user);
        StoredReport r = j.stored();
        return new ReportSummary(r.id(), r.organisationId(), r.project(), r.year(), r.month(), r.status(), j.light(),
                j.assessment().proposesRectification(j.report()));
    }

    /** What other features may know of a report; {@code proposesRectification} by the core (a red light, 完全不可能). */
    public record ReportSummary(long id, long organisationId, String project, int year, int month,
                                org.jixiao.server.evaluation.EvaluationStatus status, String light,
                                boolean proposesRectification) {
    }

    /** The names of the rule sets a round may be judged by. */
    static List<String> ruleSetIds() {
        return MonitoringRules.builtInIds();
    }

    /**
     * A rule set by its id.
     *
     * @throws IllegalArgumentException naming an id jixiao does not carry (the core's message)
     */
    MonitoringRules rules(String id) {
        return ruleSets.computeIfAbsent(id, MonitoringRules::builtIn);
    }

    /** The report, if the caller may see it; otherwise not found. */
    StoredReport get(long id, CurrentUser user) {
        return repository.findById(id, user.scope()).orElseThrow(() -> new NotFoundException("monitoring report " + id));
    }

    Judged judged(long id, CurrentUser user) {
        return judge(get(id, user));
    }

    /** The report as the core sees it: the approved version's indicators with what the unit reported of them. */
    Judged judge(StoredReport stored) {
        MonitoringReport report = report(stored.declarationId(), stored.declarationVersion(), stored.month(), stored.body());
        return new Judged(stored, report, MonitoringAssessment.of(report, rules(stored.rules())));
    }

    private MonitoringReport report(long declarationId, int declarationVersion, int month, MonitoringBodies.Body body) {
        DeclarationVersion version = declarations.version(declarationId, declarationVersion)
                .orElseThrow(() -> new NotFoundException("declaration version " + declarationId))
                .version();
        return withReported(MonitoringReport.from(version, month), body);
    }

    /** The lights of a report as it would stand with {@code body}, not saved (the form's live lights). */
    Judged preview(StoredReport stored, MonitoringBodies.Body body) {
        Judged saved = judge(stored);
        MonitoringReport report = withReported(saved.report(), body);
        return new Judged(stored, report, MonitoringAssessment.of(report, rules(stored.rules())));
    }

    /** How many indicators the report has (an input names one by its index). */
    int indicatorCount(StoredReport stored) {
        return judge(stored).report().indicators().size();
    }

    static MonitoringReport withReported(MonitoringReport base, MonitoringBodies.Body body) {
        List<IndicatorEntry> entries = new ArrayList<>();
        for (int k = 0; k < base.indicators().size(); k++) {
            IndicatorEntry e = base.indicators().get(k);
            int index = k;
            MonitoringBodies.Entry in = body.indicators().stream().filter(x -> x.index() == index).findFirst().orElse(null);
            entries.add(in == null
                    ? new IndicatorEntry(e.level1(), e.level2(), e.name(), e.target(), null, null, null, Set.of(), "", "")
                    : new IndicatorEntry(e.level1(), e.level2(), e.name(), e.target(), in.toDate(), in.expected(),
                            in.likelihood(), in.causes(), in.causeText(), in.measures()));
        }
        return new MonitoringReport(base.header(), base.year(), base.month(), base.annualBudget(), body.executedToDate(),
                body.expected(), body.budgetCauses(), body.budgetCauseText(), body.budgetMeasures(), entries);
    }

    /**
     * Saves what the unit reports: a filler (or administrator), a draft or returned report, over the version read.
     *
     * @return the new version
     */
    @Transactional
    public int save(long id, int version, MonitoringBodies.Body body, CurrentUser user, AuditSource source) {
        StoredReport stored = get(id, user);
        Policies.MAY_EDIT.decide(user, stored.facts()).orThrow();
        if (stored.version() != version) {
            throw new DocumentConflictException(stored.ref(), version);
        }
        Judged judged = preview(stored, body);
        int newVersion = repository.update(id, version, body, Figures.of(judged));
        history.record(stored.ref(), newVersion, user.id(), user.displayName(), source, differences(stored.body(), body));
        return newVersion;
    }

    /**
     * Takes a review step: 送审 (refused while an error finding stands — a light other than green without its cause
     * and measure), 取消送审, the department's and finance's 通过 / 退回完善.
     *
     * @return the new version
     */
    @Transactional
    public int act(long id, Transition action, String opinion, Integer version, CurrentUser user) {
        StoredReport r = get(id, user);
        String text = DocumentWorkflow.check(r.state(), STEPS, action, opinion, version, user);
        boolean submitting = action == Transition.SUBMIT;
        if (submitting) {
            List<Finding> errors = judge(r).assessment().findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new SubmissionBlockedException(errors);
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        int newVersion = status.changeStatus(r.ref(), r.version(), action.to(), submitting ? user.id() : null,
                submitting ? now : null);
        steps.append(r.ref(), action, r.status(), action.to(), user.id(), user.displayName(), now, text);
        history.record(r.ref(), newVersion, user.id(), user.displayName(), AuditSource.WORKFLOW,
                List.of(new AuditTrail.Change("status", r.status().name(), action.to().name())));
        return newVersion;
    }

    /**
     * 催报: reminds the fillers of an overdue report's organisation to fill and submit it (the department's and
     * finance's reviewers, and administrators); returns how many people were reminded.
     */
    @Transactional
    public int remind(long id, CurrentUser user) {
        StoredReport r = get(id, user);
        Policies.REVIEWS.decide(user).orThrow();
        if (!r.isOverdue(java.time.LocalDate.now())) {
            throw new org.jixiao.server.common.WorkflowException("monitoring.error.notOverdue");
        }
        List<Long> fillers = jdbc.sql("SELECT id FROM app_user WHERE organisation_id = :org AND role = 'FILLER' AND enabled")
                .param("org", r.organisationId()).query(Long.class).list();
        inbox.send(fillers, org.jixiao.server.workbench.Message.Kind.REMINDER, r.ref().kind().name(), r.id(), r.project(),
                null, r.year(), user.id(), user.displayName());
        return fillers.size();
    }

    /** The steps this person could take on the report now. */
    List<Transition> available(StoredReport r, CurrentUser user) {
        return DocumentWorkflow.available(r.state(), STEPS, user);
    }

    boolean mayEdit(StoredReport r, CurrentUser user) {
        return Policies.MAY_EDIT.decide(user, r.facts()).allowed();
    }

    /** A page of a year's reports under an organisation, and the tallies of all of them (lights, overdue, per organisation). */
    record Overview(Organisation organisation, List<MonitoringRepository.Tally> tallies,
                    List<MonitoringRepository.Listed> lines) {
    }

    /**
     * The reports of a year under an organisation the caller may see: tallied in SQL over all of them, and the lines of
     * {@code limit} from {@code offset}, the red and blue first; read as stored (the figures kept when each was judged).
     */
    Overview overview(long organisationId, int year, int offset, int limit, CurrentUser user) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        return new Overview(org, repository.tallies(year, user.scope(), org.path() + "%", LocalDate.now()),
                repository.listed(year, user.scope(), org.path() + "%", offset, limit));
    }

    /** Every line of a year's reports under an organisation the caller may see (the CSV), the red and blue first. */
    List<MonitoringRepository.Listed> lines(long organisationId, int year, CurrentUser user) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        return repository.listed(year, user.scope(), org.path() + "%", 0, Integer.MAX_VALUE);
    }

    /** The latest year with a report the caller may see, else this year. */
    int latestYear(CurrentUser user) {
        return repository.latestYear(user.scope()).orElse(LocalDate.now().getYear());
    }

    static List<AuditTrail.Change> differences(MonitoringBodies.Body before, MonitoringBodies.Body after) {
        List<AuditTrail.Change> out = new ArrayList<>();
        change(out, "budget.executedToDate", before.executedToDate(), after.executedToDate());
        change(out, "budget.expected", before.expected(), after.expected());
        change(out, "budget.causes", before.budgetCauses(), after.budgetCauses());
        change(out, "budget.causeText", before.budgetCauseText(), after.budgetCauseText());
        change(out, "budget.measures", before.budgetMeasures(), after.budgetMeasures());
        Set<Integer> indexes = new java.util.TreeSet<>();
        before.indicators().forEach(e -> indexes.add(e.index()));
        after.indicators().forEach(e -> indexes.add(e.index()));
        for (int k : indexes) {
            MonitoringBodies.Entry a = entry(before, k);
            MonitoringBodies.Entry b = entry(after, k);
            String p = "indicator[" + k + "].";
            change(out, p + "toDate", a == null ? null : a.toDate(), b == null ? null : b.toDate());
            change(out, p + "expected", a == null ? null : a.expected(), b == null ? null : b.expected());
            change(out, p + "likelihood", a == null ? null : a.likelihood(), b == null ? null : b.likelihood());
            change(out, p + "causes", a == null ? null : a.causes(), b == null ? null : b.causes());
            change(out, p + "causeText", a == null ? null : a.causeText(), b == null ? null : b.causeText());
            change(out, p + "measures", a == null ? null : a.measures(), b == null ? null : b.measures());
        }
        return out;
    }

    private static MonitoringBodies.Entry entry(MonitoringBodies.Body body, int index) {
        return body.indicators().stream().filter(e -> e.index() == index).findFirst().orElse(null);
    }

    private static void change(List<AuditTrail.Change> out, String field, Object before, Object after) {
        String a = shown(before);
        String b = shown(after);
        if (!Objects.equals(a, b)) {
            out.add(new AuditTrail.Change(field, a, b));
        }
    }

    private static String shown(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Set<?> s) {
            return s.isEmpty() ? null : s.stream().map(Object::toString).sorted().reduce((x, y) -> x + "," + y).orElse(null);
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
