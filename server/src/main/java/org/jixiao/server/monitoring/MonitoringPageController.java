package org.jixiao.server.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.monitoring.DeviationCause;
import org.jixiao.core.monitoring.Light;
import org.jixiao.core.monitoring.Likelihood;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.table.MonitoringForm;
import org.jixiao.office.xlsx.MonitoringWorkbook;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.Download;
import org.jixiao.server.common.ExportFormat;
import org.jixiao.server.common.InvalidFieldsException;
import org.jixiao.server.common.SubmissionBlockedException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.jixiao.server.workflow.Transition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monitoring pages: per organisation and year the projects by light (red and blue first) with their budget
 * progress against the elapsed share, as a page and as CSV; one report's form with its lights redrawn as the unit types
 * (htmx), its findings, its review steps, and the official table as .xlsx or .pdf.
 */
@Controller
class MonitoringPageController {
    static final int MAX_ROWS = 500;
    /** Lines per page of the monitoring list (a province has tens of thousands of reports: the tallies cover them all). */
    static final int PAGE_SIZE = 50;

    /** One line of the monitoring page. */
    record Line(long id, long organisationId, String project, String organisation, String status, String light,
                BigDecimal budgetPct, BigDecimal elapsedPct, LocalDate deadline, boolean overdue) {
    }

    /** One child organisation's reports by light: the light map's row, also drawn as a table without script. */
    record ChildLights(String name, Map<String, Long> byLight) {
    }

    private final MonitoringService monitoring;
    private final AdjustmentFromReport adjustments;
    private final org.jixiao.server.attachment.DocumentFiles files;
    private final OrganisationRepository organisations;
    private final org.jixiao.server.system.ChartJson chartJson;
    private final org.springframework.context.MessageSource messages;
    private final DefaultRules defaults;

    MonitoringPageController(MonitoringService monitoring, AdjustmentFromReport adjustments,
                             org.jixiao.server.attachment.DocumentFiles files, OrganisationRepository organisations,
                             org.jixiao.server.system.ChartJson chartJson,
                             org.springframework.context.MessageSource messages, DefaultRules defaults) {
        this.defaults = defaults;
        this.monitoring = monitoring;
        this.adjustments = adjustments;
        this.files = files;
        this.organisations = organisations;
        this.chartJson = chartJson;
        this.messages = messages;
    }

    static final List<Light> ORDER = List.of(Light.RED, Light.BLUE, Light.YELLOW, Light.GREEN);

    /** Each child organisation of the one shown with its reports by light (the light map), children with none left out. */
    private static List<ChildLights> children(Organisation shown, List<Organisation> choices,
                                              List<MonitoringRepository.Tally> tallies) {
        Map<Long, Organisation> byId = new HashMap<>();
        choices.forEach(o -> byId.put(o.id(), o));
        List<ChildLights> out = new java.util.ArrayList<>();
        for (Organisation child : choices) {
            if (child.parentId() == null || child.parentId() != shown.id()) {
                continue;
            }
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            ORDER.forEach(l -> counts.put(l.name(), 0L));
            boolean any = false;
            for (MonitoringRepository.Tally t : tallies) {
                Organisation org = byId.get(t.organisationId());
                if (t.light() != null && org != null && org.path().startsWith(child.path())) {
                    counts.merge(t.light(), t.reports(), Long::sum);
                    any = true;
                }
            }
            if (any) {
                out.add(new ChildLights(child.name(), counts));
            }
        }
        return out;
    }

    /**
     * What the organisation picker offers: the one shown, the organisations above it in scope and those right under it
     * — one goes down the tree a level at a time. A province's scope has about a thousand organisations, and a page
     * listing them all is mostly the list.
     */
    static List<Organisation> pickable(Organisation shown, List<Organisation> choices) {
        if (shown == null) {
            return choices;
        }
        return choices.stream().filter(o -> shown.path().startsWith(o.path())
                || (o.parentId() != null && o.parentId() == shown.id())).toList();
    }

    private String lightMap(List<ChildLights> children, Locale locale) {
        List<org.jixiao.server.system.BarChart.Series> series = ORDER.stream()
                .map(l -> new org.jixiao.server.system.BarChart.Series(l.label(locale),
                        children.stream().map(c -> c.byLight().get(l.name())).toList()))
                .toList();
        return chartJson.of(List.of(new org.jixiao.server.system.BarChart("chart-children-lights",
                messages.getMessage("monitoring.chart.children", null, locale),
                children.stream().map(ChildLights::name).toList(), series, true)));
    }

    @InitBinder("reportForm")
    void binder(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_ROWS);
    }

    @GetMapping("/monitoring")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long org,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Locale locale,
                Model model) {
        return listPage(user, org, year, page, Map.of(), locale, model);
    }

    private String listPage(CurrentUser user, Long org, Integer year, int page, Map<String, String> roundErrors,
                            Locale locale, Model model) {
        List<Organisation> choices = organisations.findAll(user.scope());
        Organisation shown = org != null ? organisations.findById(org, user.scope()).orElse(null)
                : user.ownOrFirstOf(choices).orElse(null);
        int y = year == null ? monitoring.latestYear(user) : year;
        int p = Math.max(0, page);
        MonitoringService.Overview overview = shown == null ? null
                : monitoring.overview(shown.id(), y, p * PAGE_SIZE, PAGE_SIZE, user);
        List<MonitoringRepository.Tally> tallies = overview == null ? List.of() : overview.tallies();
        Map<String, Long> byLight = new java.util.LinkedHashMap<>();
        ORDER.forEach(l -> byLight.put(l.name(), tallies.stream().filter(t -> l.name().equals(t.light()))
                .mapToLong(MonitoringRepository.Tally::reports).sum()));
        long total = tallies.stream().mapToLong(MonitoringRepository.Tally::reports).sum();
        model.addAttribute("organisations", pickable(shown, choices));
        model.addAttribute("organisation", shown);
        model.addAttribute("year", y);
        model.addAttribute("lines", overview == null ? List.of() : overview.lines().stream().map(MonitoringPageController::line).toList());
        model.addAttribute("result", new org.jixiao.server.evaluation.Page<>(List.of(), total, p, PAGE_SIZE));
        model.addAttribute("byLight", byLight);
        model.addAttribute("overdue", tallies.stream().mapToLong(MonitoringRepository.Tally::overdue).sum());
        List<ChildLights> children = shown == null ? List.of() : children(shown, choices, tallies);
        model.addAttribute("children", children);
        model.addAttribute("charts", children.isEmpty() ? null : lightMap(children, locale));
        boolean mayOpen = Policies.MAY_DIRECT_FOLLOW_UP.decide(user).allowed();
        model.addAttribute("mayOpen", mayOpen);
        model.addAttribute("mayImport", Policies.FILLS_IN.decide(user).allowed());
        model.addAttribute("defaultRules", mayOpen && shown != null ? defaults.of(shown.id(), user) : null);
        model.addAttribute("kinds", RoundKind.values());
        model.addAttribute("ruleSets", MonitoringService.ruleSetIds());
        model.addAttribute("roundErrors", roundErrors);
        return "monitoring/list";
    }

    /** Finance opens a round from the monitoring page: every approved declaration of the year under the organisation. */
    @PostMapping("/monitoring/rounds")
    String open(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
                @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                        iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate deadline,
                @RequestParam(required = false) RoundKind kind, @RequestParam(required = false) String rules,
                Locale locale, Model model,
                org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "round");
        MonitoringService.Opened opened = MonitoringApiController.open(new MonitoringApiController.RoundInput(year,
                month, deadline, kind, organisationId, null, rules), errors, monitoring, user);
        if (opened == null) {
            Map<String, String> shown = new java.util.LinkedHashMap<>();
            errors.getFieldErrors().forEach(e -> shown.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
            return listPage(user, organisationId, year, 0, shown, locale, model);
        }
        redirect.addFlashAttribute("opened", opened.reports().size());
        return "redirect:/monitoring?org=" + organisationId + "&year=" + year;
    }

    /** Finance sets the default light rules of the organisation shown (empty: that of the organisation above). */
    @PostMapping("/monitoring/default-rules")
    String setDefaultRules(@AuthenticationPrincipal CurrentUser user, @RequestParam long organisationId,
                           @RequestParam(required = false) String rules, @RequestParam(required = false) Integer year,
                           org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        MonitoringApiController.setDefault(defaults, organisationId, rules, user, AuditSource.SCREEN);
        redirect.addFlashAttribute("defaultRulesSaved", true);
        return "redirect:/monitoring?org=" + organisationId + (year == null ? "" : "&year=" + year);
    }

    @GetMapping("/monitoring/export.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @RequestParam long org, @RequestParam int year) {
        StringBuilder out = new StringBuilder("\uFEFFid,project,organisation,status,light,budget_progress_pct,elapsed_pct,"
                + "deadline,overdue\r\n");
        for (Line l : lines(org, year, user)) {
            out.append(l.id()).append(',').append(cell(l.project())).append(',').append(cell(l.organisation()))
                    .append(',').append(l.status()).append(',').append(l.light() == null ? "" : l.light()).append(',')
                    .append(l.budgetPct() == null ? "" : l.budgetPct().toPlainString()).append(',')
                    .append(l.elapsedPct().toPlainString()).append(',').append(l.deadline()).append(',')
                    .append(l.overdue()).append("\r\n");
        }
        return Download.of(out.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv",
                StandardCharsets.UTF_8), "monitoring-" + year + ".csv", "monitoring-" + year + ".csv");
    }

    private List<Line> lines(long org, int year, CurrentUser user) {
        return monitoring.lines(org, year, user).stream().map(MonitoringPageController::line).toList();
    }

    private static Line line(MonitoringRepository.Listed l) {
        return new Line(l.id(), l.organisationId(), l.project(), l.organisationName(), l.status().name(), l.light(),
                l.budgetPct(), BigDecimal.valueOf(100L * l.month()).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP),
                l.deadline(), l.status().isEditable() && LocalDate.now().isAfter(l.deadline()));
    }

    /** A CSV cell: quoted, and a leading = + - @ defused so a spreadsheet does not run it. */
    static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    @GetMapping("/monitoring/reports/{id}")
    String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale, Model model) {
        return page(monitoring.judged(id, user), user, locale, model, false);
    }

    private String page(MonitoringService.Judged j, CurrentUser user, Locale locale, Model model, boolean blocked) {
        model.addAttribute("r", MonitoringJson.of(j, locale));
        model.addAttribute("mayEdit", monitoring.mayEdit(j.stored(), user));
        model.addAttribute("steps", monitoring.available(j.stored(), user));
        model.addAttribute("likelihoods", Likelihood.values());
        model.addAttribute("causes", DeviationCause.values());
        model.addAttribute("blocked", blocked);
        model.addAttribute("mayRemind", j.stored().isOverdue(LocalDate.now())
                && org.jixiao.server.org.Policies.REVIEWS.decide(user).allowed());
        // a red light or a likelihood of 完全不可能 proposes a rectification (lifecycle §6)
        model.addAttribute("proposed", j.assessment().proposesRectification(j.report()));
        files.fill(model, org.jixiao.server.attachment.AttachableDocuments.MONITORING_REPORT, j.stored().id(),
                j.report().indicators().stream().map(org.jixiao.core.monitoring.IndicatorEntry::name).toList(), user);
        model.addAttribute("mayRectify", j.stored().status() == org.jixiao.server.evaluation.EvaluationStatus.FINANCE_APPROVED
                && org.jixiao.server.org.Policies.MAY_DIRECT_FOLLOW_UP.decide(user).allowed());
        return "monitoring/report";
    }

    /** The lights as the form stands, not saved: the fragment htmx swaps in as the unit types. */
    @PostMapping("/monitoring/reports/{id}/lights")
    String lights(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  @ModelAttribute("reportForm") ReportForm form, Locale locale, Model model) {
        StoredReport stored = monitoring.get(id, user);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "report");
        MonitoringBodies.Body body = MonitoringApiController.body(form.input(), monitoring.indicatorCount(stored), errors);
        MonitoringService.Judged j = errors.hasErrors() ? monitoring.judge(stored) : monitoring.preview(stored, body);
        model.addAttribute("r", MonitoringJson.of(j, locale));
        return "monitoring/report :: lights";
    }

    @PostMapping("/monitoring/reports/{id}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @ModelAttribute("reportForm") ReportForm form) {
        StoredReport stored = monitoring.get(id, user);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "report");
        if (form.getVersion() == null) {
            errors.rejectValue("version", "validation.required");
        }
        MonitoringBodies.Body body = MonitoringApiController.body(form.input(), monitoring.indicatorCount(stored), errors);
        if (errors.hasErrors()) {
            throw new InvalidFieldsException(errors, "");
        }
        monitoring.save(id, form.getVersion(), body, user, AuditSource.SCREEN);
        return "redirect:/monitoring/reports/" + id + "?saved";
    }

    @PostMapping("/monitoring/reports/{id}/step")
    String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Transition action,
                @RequestParam(required = false) String opinion, @RequestParam(required = false) Integer version,
                Locale locale, Model model) {
        try {
            monitoring.act(id, action, opinion, version, user);
        } catch (SubmissionBlockedException blocked) {
            return page(monitoring.judged(id, user), user, locale, model, true);
        }
        return "redirect:/monitoring/reports/" + id;
    }

    /** Finance asks the unit to adjust the declaration: the draft adjustment, its 调整说明 made from the report. */
    @PostMapping("/monitoring/reports/{id}/adjustment")
    String askAdjustment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale,
                         org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            return "redirect:/adjustments/" + adjustments.ask(id, user);
        } catch (org.jixiao.server.common.WorkflowException refused) {
            redirect.addFlashAttribute("stepError", messages.getMessage(refused.messageKey(), null, locale));
            return "redirect:/monitoring/reports/" + id;
        }
    }

    @PostMapping("/monitoring/reports/{id}/remind")
    String remind(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addFlashAttribute("reminded", monitoring.remind(id, user));
        return "redirect:/monitoring/reports/" + id;
    }

    @GetMapping({"/monitoring/reports/{id}/export", "/api/monitoring-reports/{id}/export"})
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                  @RequestParam(defaultValue = "xlsx") String format) {
        ExportFormat f = ExportFormat.of(format);
        MonitoringService.Judged j = monitoring.judged(id, user);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (f == ExportFormat.PDF) {
                new PdfExporter().writeTables(List.of(MonitoringForm.of(j.report(), j.assessment(), id)), out);
            } else {
                new MonitoringWorkbook().write(List.of(new MonitoringWorkbook.Judged(j.report(), j.assessment(), id)), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = Download.safeName(j.stored().year() + " 1-" + j.stored().month() + " " + j.stored().project())
                + "." + f.extension();
        return Download.of(out.toByteArray(), f.mediaType(), name, "monitoring-" + id + "." + f.extension());
    }

}
