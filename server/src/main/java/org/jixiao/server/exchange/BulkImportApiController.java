package org.jixiao.server.exchange;

import java.util.List;
import java.util.Locale;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bulk import through the API: the files (or .zip) in one multipart POST, the whole report in the answer. */
@RestController
@RequestMapping("/api/evaluations")
class BulkImportApiController {
    static final String PATH = "/api/evaluations/import";

    /** The report: counts, then every file with its tables and problems (zh and en). */
    record Report(int files, long created, long updated, long unchanged, long locked, long failed,
                  List<ImportReport.File> reports) {
        static Report of(ImportJob job) {
            return new Report(job.getDone(), job.count(ImportReport.TableOutcome.CREATED),
                    job.count(ImportReport.TableOutcome.UPDATED), job.count(ImportReport.TableOutcome.UNCHANGED),
                    job.count(ImportReport.TableOutcome.LOCKED), job.getFailed(), job.getFiles());
        }
    }

    private final ImportJobs jobs;
    private final MessageSource messages;

    BulkImportApiController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    /**
     * Imports text, .xlsx and .pdf files, or .zip archives of them, into an organisation: each table creates an
     * evaluation or updates the draft of the same project and year. At most 64 MB, 500 files.
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Report importFiles(@AuthenticationPrincipal CurrentUser user, @RequestParam long organisationId,
                       @RequestParam(required = false) Integer year, @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return Report.of(jobs.run(files, organisationId, year, user));
    }

    @ExceptionHandler(ExchangeException.class)
    ResponseEntity<ExportApiController.Refused> refused(ExchangeException e, Locale locale) {
        return ResponseEntity.badRequest()
                .body(new ExportApiController.Refused(400, messages.getMessage(e.messageKey(), e.args(), locale)));
    }
}
