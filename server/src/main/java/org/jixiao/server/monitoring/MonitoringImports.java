package org.jixiao.server.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.monitoring.IndicatorEntry;
import org.jixiao.office.xlsx.MonitoringWorkbookReader;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.ExchangeException;
import org.jixiao.server.common.InvalidFieldsException;
import org.jixiao.server.common.ProjectNames;
import org.jixiao.server.monitoring.MonitoringApiController.IndicatorInput;
import org.jixiao.server.monitoring.MonitoringApiController.ReportInput;
import org.jixiao.server.org.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.validation.MapBindingResult;

/**
 * Filled monitoring tables read back from their workbooks ({@link MonitoringWorkbookReader}) applied to their reports:
 * each sheet matched to one report in the caller's scope — by the 报告编号 jixiao printed on export, else by its project,
 * year and month — and saved through the path of the form and the API ({@link MonitoringService#save}: the same
 * checks of every field, the version, the lights recomputed by the core, the audit record). A sheet that matches no
 * report, more than one, or one whose indicators are not the sheet's, is refused with why; a report no longer a draft
 * or returned is left as it is and reported locked. A refusal is an {@link ExchangeException}: a key of the server's
 * messages and its arguments, the sheet's name first. The caller holds the transaction: a file is applied whole or not
 * at all.
 */
@Service
public class MonitoringImports {
    /** What became of a sheet's report. */
    public enum Outcome { UPDATED, UNCHANGED, LOCKED }

    /** A sheet applied: its report, what became of it, the values the audit recorded, its light and findings as kept. */
    public record Applied(String sheet, long reportId, String project, int year, int month, Outcome outcome, int changes,
                          String light, List<Finding> findings) {
    }

    private final MonitoringService monitoring;
    private final MonitoringRepository repository;

    MonitoringImports(MonitoringService monitoring, MonitoringRepository repository) {
        this.monitoring = monitoring;
        this.repository = repository;
    }

    /**
     * The report each sheet is for, checked before anything is written: every sheet must match one the caller may
     * see, and no two sheets the same report.
     *
     * @throws ExchangeException for the first sheet that does not
     */
    public void check(List<MonitoringWorkbookReader.Sheet> sheets, CurrentUser user) {
        List<Long> seen = new ArrayList<>();
        for (MonitoringWorkbookReader.Sheet s : sheets) {
            long id = match(s, user).id();
            if (seen.contains(id)) {
                throw new ExchangeException("monitoring.import.twice", s.name(), id);
            }
            seen.add(id);
        }
    }

    /** Applies every sheet, in the caller's transaction (see {@link #check} for what refuses one). */
    public List<Applied> apply(List<MonitoringWorkbookReader.Sheet> sheets, CurrentUser user) {
        check(sheets, user);
        List<Applied> out = new ArrayList<>();
        for (MonitoringWorkbookReader.Sheet s : sheets) {
            out.add(apply(s, match(s, user), user));
        }
        return out;
    }

    private Applied apply(MonitoringWorkbookReader.Sheet s, StoredReport stored, CurrentUser user) {
        if (!stored.status().isEditable()) {
            return applied(s, stored, Outcome.LOCKED, 0);
        }
        if (!monitoring.mayEdit(stored, user)) {
            throw new ExchangeException("monitoring.import.notYours", s.name(), stored.id());
        }
        List<IndicatorEntry> indicators = monitoring.judge(stored).report().indicators();
        checkIndicators(s, indicators);
        MapBindingResult errors = new MapBindingResult(new java.util.HashMap<>(), "report");
        MonitoringBodies.Body body = MonitoringApiController.body(input(s, stored.version()), indicators.size(), errors);
        if (errors.hasErrors()) {
            throw new ExchangeException("monitoring.import.invalid", s.name(), errors.getFieldErrors().stream()
                    .map(org.springframework.validation.FieldError::getField).collect(Collectors.joining(", ")));
        }
        int changes = MonitoringService.differences(stored.body(), body).size();
        if (changes == 0) {
            return applied(s, stored, Outcome.UNCHANGED, 0);
        }
        try {
            monitoring.save(stored.id(), stored.version(), body, user, AuditSource.IMPORT);
        } catch (InvalidFieldsException e) {
            throw new ExchangeException("monitoring.import.invalid", s.name(), e.getMessage());
        }
        return applied(s, monitoring.get(stored.id(), user), Outcome.UPDATED, changes);
    }

    private Applied applied(MonitoringWorkbookReader.Sheet s, StoredReport stored, Outcome outcome, int changes) {
        MonitoringService.Judged j = monitoring.judge(stored);
        return new Applied(s.name(), stored.id(), stored.project(), stored.year(), stored.month(), outcome, changes,
                j.light(), j.assessment().findings());
    }

    /** The report a sheet is for, in the caller's scope; refused when none, or more than one, is. */
    private StoredReport match(MonitoringWorkbookReader.Sheet s, CurrentUser user) {
        if (s.number() != null) {
            StoredReport r = repository.findById(s.number(), user.scope())
                    .orElseThrow(() -> new ExchangeException("monitoring.import.noSuchReport", s.name(), s.number()));
            if (!ProjectNames.same(r.project(), s.project()) || r.year() != s.year() || r.month() != s.month()) {
                throw new ExchangeException("monitoring.import.notThisReport", s.name(), s.number(), r.project(), r.year(),
                        r.month(), s.project(), s.year(), s.month());
            }
            return r;
        }
        if (s.project().isEmpty() || s.year() == null) {
            throw new ExchangeException("monitoring.import.unnamed", s.name());
        }
        List<StoredReport> found = repository.findByProject(s.project(), s.year(), s.month(), user.scope());
        if (found.isEmpty()) {
            throw new ExchangeException("monitoring.import.noReport", s.name(), s.project(), s.year(), s.month());
        }
        if (found.size() > 1) {
            throw new ExchangeException("monitoring.import.ambiguous", s.name(), s.project(), s.year(), s.month(),
                    found.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(", ")));
        }
        return found.get(0);
    }

    /** The sheet's indicators must be the report's, in its order: a figure is never put against another indicator. */
    private static void checkIndicators(MonitoringWorkbookReader.Sheet s, List<IndicatorEntry> indicators) {
        if (s.indicators().size() != indicators.size()) {
            throw new ExchangeException("monitoring.import.indicatorCount", s.name(), s.indicators().size(), indicators.size());
        }
        for (int k = 0; k < indicators.size(); k++) {
            MonitoringWorkbookReader.Row row = s.indicators().get(k);
            if (!row.name().equals(Optional.ofNullable(indicators.get(k).name()).orElse("").strip())) {
                throw new ExchangeException("monitoring.import.indicator", s.name(), row.line(), row.name(), k + 1,
                        indicators.get(k).name());
            }
        }
    }

    /** The sheet as the API's input, so the form's, the API's and the import's checks are one. */
    private static ReportInput input(MonitoringWorkbookReader.Sheet s, int version) {
        List<IndicatorInput> rows = new ArrayList<>();
        for (int k = 0; k < s.indicators().size(); k++) {
            MonitoringWorkbookReader.Row r = s.indicators().get(k);
            rows.add(new IndicatorInput(k, r.toDate(), r.expected(), r.likelihood(), List.copyOf(r.causes()), r.causeText(),
                    r.measures()));
        }
        return new ReportInput(version, s.executedToDate(), s.expected(), rows, List.copyOf(s.budgetCauses()),
                s.budgetCauseText(), s.budgetMeasures());
    }
}
