package org.jixiao.server.rectification;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.results.Rectification;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rectification notice as a page: what it asks, by when, the unit's answer, its history; the step the reader may
 * take now. Finance drafts one from a reviewed monitoring report's page.
 */
@Controller
class RectificationPageController {
    private final RectificationService rectifications;
    private final MessageSource messages;

    private final RectificationProposals proposals;
    private final org.jixiao.server.attachment.DocumentFiles files;

    RectificationPageController(RectificationService rectifications, RectificationProposals proposals,
                                org.jixiao.server.attachment.DocumentFiles files, MessageSource messages) {
        this.rectifications = rectifications;
        this.files = files;
        this.proposals = proposals;
        this.messages = messages;
    }

    @GetMapping("/rectifications/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        StoredRectification r = rectifications.get(id, user);
        boolean finance = Policies.MAY_DIRECT_FOLLOW_UP.decide(user).allowed();
        Rectification.State state = r.notice().state();
        model.addAttribute("n", RectificationApiController.RectificationJson.of(r));
        model.addAttribute("history", rectifications.history(r));
        model.addAttribute("mayIssue", finance && state == Rectification.State.DRAFT);
        model.addAttribute("mayClose", finance && state == Rectification.State.ANSWERED);
        model.addAttribute("mayAnswer", !finance && (state == Rectification.State.ISSUED
                || state == Rectification.State.RETURNED));
        files.fill(model, org.jixiao.server.attachment.AttachableDocuments.RECTIFICATION, id, List.of(), user);
        return "rectifications/show";
    }

    @PostMapping("/rectifications")
    String draft(@AuthenticationPrincipal CurrentUser user, @RequestParam long monitoringReportId,
                 @RequestParam String title, @RequestParam String requirement,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                 @RequestParam(required = false) String budgetAdvice, Locale locale, RedirectAttributes redirect) {
        if (title.isBlank() || requirement.isBlank() || title.length() > 500 || requirement.length() > 10000
                || (budgetAdvice != null && budgetAdvice.length() > 4000)) {
            redirect.addFlashAttribute("stepError", messages.getMessage("validation.required", null, locale));
            return "redirect:/monitoring/reports/" + monitoringReportId;
        }
        long id = rectifications.draft(Rectification.Source.MONITORING, monitoringReportId, null, title, requirement,
                deadline, budgetAdvice, user, AuditSource.SCREEN);
        return "redirect:/rectifications/" + id;
    }

    /** Finance turns the rectification a report proposes into a draft notice in one step and goes on to it. */
    @PostMapping("/rectifications/proposed")
    String fromProposal(@AuthenticationPrincipal CurrentUser user, @RequestParam long monitoringReportId, Locale locale,
                        RedirectAttributes redirect) {
        try {
            return "redirect:/rectifications/" + proposals.fromReport(monitoringReportId, user);
        } catch (WorkflowException refused) {
            redirect.addFlashAttribute("stepError", messages.getMessage(refused.messageKey(), null, locale));
            return "redirect:/monitoring/reports/" + monitoringReportId;
        }
    }

    @PostMapping("/rectifications/{id}/step")
    String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Rectification.Step step,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) String text,
                Locale locale, RedirectAttributes redirect) {
        try {
            rectifications.step(id, step, version, text, user, AuditSource.SCREEN);
        } catch (WorkflowException refused) {
            redirect.addFlashAttribute("stepError", messages.getMessage(refused.messageKey(), null, locale));
        }
        return "redirect:/rectifications/" + id;
    }
}
