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

    /** One line of the monitoring page. */
    record Line(long id, long organisationId, String project, String organisation, String status, String light,
                BigDecimal budgetPct, BigDecimal elapsedPct, LocalDate deadline, boolean overdue) {
    }

    /** One child organisation's reports by light: the light map's row, also drawn as a table without script. */
    record ChildLights(String name, Map<String, Long> byLight) {
    }

    private final MonitoringService monitoring;
    private final OrganisationRepository organisations;
    private final org.jixiao.server.system.ChartJson chartJson;
    private final org.springframework.context.MessageSource messages;

    MonitoringPageController(MonitoringService monitoring, OrganisationRepository organisations,
                             org.jixiao.server.system.ChartJson chartJson,
                             org.springframework.context.MessageSource messages) {
        this.monitoring = monitoring;
        this.organisations = organisations;
        this.chartJson = chartJson;
        this.messages = messages;
    }

    static final List<Light> ORDER = List.of(Light.RED, Light.BLUE, Light.YELLOW, Light.GREEN);

    /** Each child organisation of the one shown with its reports by light (the light map), children with none left out. */
    private List<ChildLights> children(Organisation shown, List<Organisation> choices, List<Line> lines) {
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
            for (Line l : lines) {
                Organisation org = byId.get(l.organisationId());
                if (l.light() != null && org != null && org.path().startsWith(child.path())) {
                    counts.merge(l.light(), 1L, Long::sum);
                    any = true;
                }
            }
            if (any) {
                out.add(new ChildLights(child.name(), counts));
            }
        }
        return out;
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
                @RequestParam(required = false) Integer year, Locale locale, Model model) {
        List<Organisation> choices = organisations.findAll(user.scope());
        Organisation shown = org != null ? organisations.findById(org, user.scope()).orElse(null)
                : user.ownOrFirstOf(choices).orElse(null);
        int y = year == null ? monitoring.latestYear(user) : year;
        List<Line> lines = shown == null ? List.of() : lines(shown.id(), y, user);
        Map<String, Long> byLight = new java.util.LinkedHashMap<>();
        for (Light l : List.of(Light.RED, Light.BLUE, Light.YELLOW, Light.GREEN)) {
            byLight.put(l.name(), lines.stream().filter(x -> l.name().equals(x.light())).count());
        }
        model.addAttribute("organisations", choices);
        model.addAttribute("organisation", shown);
        model.addAttribute("year", y);
        model.addAttribute("lines", lines);
        model.addAttribute("byLight", byLight);
        model.addAttribute("overdue", lines.stream().filter(Line::overdue).count());
        List<ChildLights> children = shown == null ? List.of() : children(shown, choices, lines);
        model.addAttribute("children", children);
        model.addAttribute("charts", children.isEmpty() ? null : lightMap(children, locale));
        return "monitoring/list";
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
        return monitoring.ofYear(org, year, user).stream().map(j -> {
            StoredReport s = j.stored();
            var b = j.assessment().budget();
            return new Line(s.id(), s.organisationId(), s.project(), s.organisationName(), s.status().name(), j.light(),
                    b == null ? null : b.shownPct(),
                    BigDecimal.valueOf(100L * s.month()).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP),
                    s.deadline(), s.isOverdue(LocalDate.now()));
        }).toList();
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
        model.addAttribute("proposed", Light.RED.name().equals(j.light()) || j.report().indicators().stream()
                .anyMatch(i -> i.likelihood() == Likelihood.IMPOSSIBLE));
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
                new PdfExporter().writeTables(List.of(MonitoringForm.of(j.report(), j.assessment())), out);
            } else {
                new MonitoringWorkbook().write(List.of(new MonitoringWorkbook.Judged(j.report(), j.assessment())), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = Download.safeName(j.stored().year() + " 1-" + j.stored().month() + " " + j.stored().project())
                + "." + f.extension();
        return Download.of(out.toByteArray(), f.mediaType(), name, "monitoring-" + id + "." + f.extension());
    }

}
