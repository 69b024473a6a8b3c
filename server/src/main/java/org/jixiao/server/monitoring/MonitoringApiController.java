package org.jixiao.server.monitoring;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.InvalidFieldsException;
import org.jixiao.server.declaration.DeclarationApiController.ReviewRequest;
import org.jixiao.server.document.DocumentEntry;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentSteps;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowApiController.SubmitRequest;
import org.jixiao.server.workflow.WorkflowStep;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring rounds and reports through the JSON API: open a round, read a report with its lights, fill it, submit
 * and review it. Same scope rules as everywhere: a report outside the caller's subtree is 404.
 */
@RestController
public class MonitoringApiController {
    static final int MAX_TEXT = 4000;

    /**
     * A round: without {@code declarationIds} every approved declaration of the year under the organisation; judged by
     * the rule set {@code rules} names (one of {@code MonitoringRules.builtInIds()}), without it by the organisation's
     * default ({@link DefaultRules}; the national rules where no region set one).
     */
    public record RoundInput(Integer year, Integer month, LocalDate deadline, RoundKind kind, Long organisationId,
                             List<Long> declarationIds, String rules) {
        /** The rule set named, null for the organisation's default. */
        String named() {
            return rules == null || rules.isBlank() ? null : rules.strip();
        }
    }

    public record RoundJson(long id, List<ReportRef> reports) {
    }

    public record ReportRef(long id, long declarationId) {
    }

    public record IndicatorInput(Integer index, BigDecimal toDate, BigDecimal expected, Likelihood likelihood,
                                 List<DeviationCause> causes, String causeText, String measures) {
    }

    public record ReportInput(Integer version, BigDecimal executedToDate, BigDecimal expected,
                              List<IndicatorInput> indicators, List<DeviationCause> budgetCauses, String budgetCauseText,
                              String budgetMeasures) {
    }

    /** The draft adjustment finance asked for from a report. */
    public record AdjustmentRef(long adjustmentId, long declarationId) {
    }

    /** An organisation's default light rules to set: a rule set's id, or null for the default of the organisation above. */
    public record DefaultRulesInput(String rules) {
    }

    private final MonitoringService monitoring;
    private final AdjustmentFromReport adjustments;
    private final DocumentSteps steps;
    private final DocumentHistory history;
    private final DefaultRules defaults;

    MonitoringApiController(MonitoringService monitoring, AdjustmentFromReport adjustments, DocumentSteps steps,
                            DocumentHistory history, DefaultRules defaults) {
        this.defaults = defaults;
        this.monitoring = monitoring;
        this.adjustments = adjustments;
        this.steps = steps;
        this.history = history;
    }

    @PostMapping("/api/monitoring-rounds")
    public ResponseEntity<RoundJson> open(@AuthenticationPrincipal CurrentUser user, @RequestBody RoundInput input) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "round");
        MonitoringService.Opened opened = open(input, errors, monitoring, user);
        if (opened == null) {
            throw new InvalidFieldsException(errors, "");
        }
        return ResponseEntity.created(URI.create("/api/monitoring-rounds/" + opened.id()))
                .body(new RoundJson(opened.id(), opened.reports().stream().map(r -> new ReportRef(r[0], r[1])).toList()));
    }

    /** The round opened, or null with the fields refused in {@code errors}: the API's and the page's one check. */
    static MonitoringService.Opened open(RoundInput input, MapBindingResult errors, MonitoringService monitoring,
                                         CurrentUser user) {
        if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
            errors.rejectValue("year", "validation.required");
        }
        if (input.month() == null || input.month() < 1 || input.month() > 12) {
            errors.rejectValue("month", "monitoring.validation.month");
        }
        if (input.deadline() == null) {
            errors.rejectValue("deadline", "validation.required");
        }
        if (input.kind() == null) {
            errors.rejectValue("kind", "validation.required");
        }
        if (input.organisationId() == null) {
            errors.rejectValue("organisationId", "validation.required");
        }
        if (input.named() != null && !MonitoringService.ruleSetIds().contains(input.named())) {
            errors.rejectValue("rules", "monitoring.validation.rules",
                    new Object[] {input.named(), String.join(", ", MonitoringService.ruleSetIds())}, null);
        }
        if (errors.hasErrors()) {
            return null;
        }
        try {
            return monitoring.open(input.year(), input.month(), input.deadline(), input.kind(), input.named(),
                    input.organisationId(), input.declarationIds(), user);
        } catch (DefaultRules.Gone gone) {
            errors.rejectValue("rules", "monitoring.validation.defaultRulesGone",
                    new Object[] {gone.rules, gone.setOn, String.join(", ", MonitoringService.ruleSetIds())}, null);
            return null;
        } catch (IllegalArgumentException notApproved) {
            errors.rejectValue("declarationIds", "monitoring.validation.notApproved",
                    new Object[] {notApproved.getMessage()}, notApproved.getMessage());
            return null;
        }
    }

    /** The light rules a round opened for the organisation takes when it names none, and where that default is set. */
    @GetMapping("/api/organisations/{id}/monitoring-rules")
    public DefaultRules.Setting defaultRules(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return defaults.of(id, user);
    }

    /** Sets the organisation's default light rules (finance or an administrator, in scope), with an audit record. */
    @PutMapping("/api/organisations/{id}/monitoring-rules")
    public DefaultRules.Setting setDefaultRules(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                                @RequestBody DefaultRulesInput input) {
        return setDefault(defaults, id, input.rules(), user, AuditSource.API);
    }

    /** Sets a default, refusing a rule set jixiao does not carry as a field: the API's and the page's one check. */
    static DefaultRules.Setting setDefault(DefaultRules defaults, long organisationId, String rules, CurrentUser user,
                                           AuditSource source) {
        try {
            return defaults.set(organisationId, rules, user, source);
        } catch (IllegalArgumentException unknown) {
            MapBindingResult errors = new MapBindingResult(new HashMap<>(), "rules");
            errors.rejectValue("rules", "monitoring.validation.rules",
                    new Object[] {unknown.getMessage(), String.join(", ", MonitoringService.ruleSetIds())}, null);
            throw new InvalidFieldsException(errors, "");
        }
    }

    @GetMapping("/api/monitoring-reports/{id}")
    public MonitoringJson read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
        return MonitoringJson.of(monitoring.judged(id, user), locale);
    }

    /** What the unit reports, replaced over {@code version}: the report as {@code GET} gives it. */
    @PutMapping("/api/monitoring-reports/{id}")
    public MonitoringJson update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                 @RequestBody ReportInput input, Locale locale) {
        StoredReport stored = monitoring.get(id, user);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "report");
        if (input.version() == null) {
            errors.rejectValue("version", "validation.required");
        }
        MonitoringBodies.Body body = body(input, monitoring.indicatorCount(stored), errors);
        if (errors.hasErrors()) {
            throw new InvalidFieldsException(errors, "");
        }
        monitoring.save(id, input.version(), body, user, AuditSource.API);
        return read(user, id, locale);
    }

    @PostMapping("/api/monitoring-reports/{id}/submit")
    public MonitoringJson submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                 @RequestBody(required = false) SubmitRequest request, Locale locale) {
        monitoring.act(id, Transition.SUBMIT, null, request == null ? null : request.version(), user);
        return read(user, id, locale);
    }

    /** DEPT_APPROVE, DEPT_RETURN (退回完善, with an opinion), FINANCE_APPROVE, FINANCE_RETURN, CANCEL_SUBMISSION … */
    @PostMapping("/api/monitoring-reports/{id}/review")
    public MonitoringJson review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                 @RequestBody ReviewRequest step, Locale locale) {
        monitoring.act(id, step.action(), step.opinion(), step.version(), user);
        return read(user, id, locale);
    }

    /** 催报 of an overdue report: how many of its unit's fillers were reminded. */
    @PostMapping("/api/monitoring-reports/{id}/remind")
    public java.util.Map<String, Integer> remind(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return java.util.Map.of("reminded", monitoring.remind(id, user));
    }

    /** Finance asks for an adjustment of the declaration from a report it approved: 201 with the draft's id. */
    @PostMapping("/api/monitoring-reports/{id}/adjustment")
    public ResponseEntity<AdjustmentRef> askAdjustment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        long adjustment = adjustments.ask(id, user);
        return ResponseEntity.created(URI.create("/api/adjustments/" + adjustment))
                .body(new AdjustmentRef(adjustment, monitoring.get(id, user).declarationId()));
    }

    @GetMapping("/api/monitoring-reports/{id}/steps")
    public List<WorkflowStep> steps(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return steps.of(monitoring.get(id, user).ref());
    }

    @GetMapping("/api/monitoring-reports/{id}/history")
    public List<DocumentEntry> history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return history.history(monitoring.get(id, user).ref());
    }

    /** The input as stored, each field checked: indicators by an index of the approved version, once each. */
    static MonitoringBodies.Body body(ReportInput input, int indicators, Errors errors) {
        nonNegative(input.executedToDate(), "executedToDate", errors);
        nonNegative(input.expected(), "expected", errors);
        text(input.budgetCauseText(), "budgetCauseText", errors);
        text(input.budgetMeasures(), "budgetMeasures", errors);
        List<MonitoringBodies.Entry> entries = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<IndicatorInput> given = input.indicators() == null ? List.of() : input.indicators();
        for (int k = 0; k < given.size(); k++) {
            IndicatorInput in = given.get(k);
            String p = "indicators[" + k + "].";
            if (in == null || in.index() == null || in.index() < 0 || in.index() >= indicators || !seen.add(in.index())) {
                errors.rejectValue(p + "index", "monitoring.validation.index");
                continue;
            }
            nonNegative(in.toDate(), p + "toDate", errors);
            nonNegative(in.expected(), p + "expected", errors);
            text(in.causeText(), p + "causeText", errors);
            text(in.measures(), p + "measures", errors);
            entries.add(new MonitoringBodies.Entry(in.index(), in.toDate(), in.expected(), in.likelihood(),
                    causes(in.causes()), strip(in.causeText()), strip(in.measures())));
        }
        return new MonitoringBodies.Body(input.executedToDate(), input.expected(), causes(input.budgetCauses()),
                strip(input.budgetCauseText()), strip(input.budgetMeasures()), entries);
    }

    private static Set<DeviationCause> causes(List<DeviationCause> causes) {
        Set<DeviationCause> out = new LinkedHashSet<>();
        if (causes != null) {
            causes.stream().filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static void nonNegative(BigDecimal value, String field, Errors errors) {
        if (value != null && (value.signum() < 0 || value.precision() - value.scale() > 16)) {
            errors.rejectValue(field, "monitoring.validation.amount");
        }
    }

    private static void text(String value, String field, Errors errors) {
        if (value != null && value.length() > MAX_TEXT) {
            errors.rejectValue(field, "monitoring.validation.tooLong", new Object[] {MAX_TEXT}, null);
        }
    }
}
