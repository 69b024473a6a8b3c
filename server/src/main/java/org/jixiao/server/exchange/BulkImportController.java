package org.jixiao.server.exchange;

import java.util.List;
import java.util.Locale;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk import from 新建自评表: the upload starts a job; the job's page (or, with htmx, its fragment polled every
 * second) shows the progress bar and then the report.
 */
@Controller
class BulkImportController {
    static final String PATH = "/evaluations/bulk-import";
    private static final String FRAGMENT = "evaluations/import-job :: job";

    private final ImportJobs jobs;
    private final MessageSource messages;

    BulkImportController(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @PostMapping(PATH)
    String start(@AuthenticationPrincipal CurrentUser user, @RequestParam long organisationId,
                 @RequestParam(required = false) Integer year, @RequestParam(name = "files", required = false) List<MultipartFile> files,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect, Locale locale) {
        ImportJob job;
        try {
            job = jobs.start(files, organisationId, year, user);
        } catch (ExchangeException e) {
            String message = messages.getMessage(e.messageKey(), e.args(), locale);
            if (htmx != null) {
                model.addAttribute("refused", message);
                return "evaluations/import-job :: refused";
            }
            redirect.addFlashAttribute("bulkError", message);
            return "redirect:/evaluations/new";
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
        return htmx != null ? FRAGMENT : "evaluations/import-job";
    }
}
