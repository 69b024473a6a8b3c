package org.jixiao.server.exchange;

import java.util.List;
import java.util.Locale;
import org.jixiao.server.common.ExchangeException;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of filled monitoring tables (项目支出绩效目标执行监控表 as .xlsx, or a .zip of them): from the monitoring
 * pages, where the upload starts a job whose page (or htmx fragment, polled every second) shows the progress and then
 * the report; and through the API, answering with the whole report when the job ends, as the evaluations' import.
 */
@Controller
class MonitoringImportController {
    static final String PATH = "/monitoring/import";
    static final String API_PATH = "/api/monitoring-reports/import";
    private static final String PAGE = "monitoring/import";
    private static final String FRAGMENT = "monitoring/import :: job";

    /** The report of the API: counts of files and tables, then every file with its tables and problems (zh and en). */
    record Report(int files, long updated, long unchanged, long locked, long failed, List<ImportReport.File> reports) {
        static Report of(ImportJob job) {
            return new Report(job.getDone(), job.countMonitored(ImportReport.TableOutcome.UPDATED),
                    job.countMonitored(ImportReport.TableOutcome.UNCHANGED),
                    job.countMonitored(ImportReport.TableOutcome.LOCKED), job.getFailed(), job.getFiles());
        }
    }

    private final ImportJobs jobs;
    private final MessageSource messages;

    MonitoringImportController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page() {
        return PAGE;
    }

    @PostMapping(PATH)
    String start(@AuthenticationPrincipal CurrentUser user,
                 @RequestParam(name = "files", required = false) List<MultipartFile> files,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        ImportJob job;
        try {
            job = jobs.startMonitoring(files, user);
        } catch (ExchangeException e) {
            model.addAttribute("refused", messages.getMessage(e.messageKey(), e.args(), locale));
            return htmx != null ? "monitoring/import :: refused" : PAGE;
        }
        if (htmx != null) {
            model.addAttribute("job", job);
            return FRAGMENT;
        }
        return "redirect:" + PATH + "/" + job.getId();
    }

    @GetMapping(PATH + "/{id}")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", jobs.get(id, user));
        return htmx != null ? FRAGMENT : PAGE;
    }

    /** Imports filled monitoring workbooks, or .zip archives of them: each applied to its report in the caller's scope. */
    @PostMapping(path = API_PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseBody
    Report importFiles(@AuthenticationPrincipal CurrentUser user,
                       @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return Report.of(jobs.runMonitoring(files, user));
    }

    @ExceptionHandler(ExchangeException.class)
    ResponseEntity<ExportApiController.Refused> refused(ExchangeException e, Locale locale) {
        return ResponseEntity.badRequest()
                .body(new ExportApiController.Refused(400, messages.getMessage(e.messageKey(), e.args(), locale)));
    }
}
