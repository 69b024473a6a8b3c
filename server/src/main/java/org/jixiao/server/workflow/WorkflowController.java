package org.jixiao.server.workflow;

import jakarta.validation.Valid;
import org.jixiao.server.evaluation.EditConflictException;
import org.jixiao.server.evaluation.ForbiddenException;
import org.jixiao.server.system.CurrentUser;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review buttons of the form page: 送审, 取消送审, 通过, 退回, 取消审核, 公开, 撤回公开, 作废, 恢复. 送审 with
 * warnings and 公开 are confirmed first.
 */
@Controller
class WorkflowController {
    private final WorkflowService workflow;
    private final MessageSource messages;

    WorkflowController(WorkflowService workflow, MessageSource messages) {
        this.workflow = workflow;
        this.messages = messages;
    }

    @InitBinder("step")
    void binder(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(210);
    }

    @PostMapping("/evaluations/{id}/workflow")
    String act(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
               @Valid @ModelAttribute("step") WorkflowForm step, BindingResult binding, RedirectAttributes redirect, Locale locale) {
        String tab = "review";
        FieldError refused = binding.getFieldError();
        List<Finding> inTheWay;
        if (refused != null && refused.getCode() != null && refused.getCode().matches("validation\\.(rowIndex|unsafeText)")) {
            // a row that cannot exist or text no field may hold: say which field
            redirect.addFlashAttribute("workflowError", "error.stepNotAllowed");
            redirect.addFlashAttribute("workflowErrorText", messages.getMessage(refused, locale));
        } else if (binding.hasErrors()) {
            redirect.addFlashAttribute("workflowError", binding.getFieldErrors().isEmpty() ? "error.stepNotAllowed"
                    : binding.getFieldErrors().get(0).getCode().startsWith("typeMismatch") ? "typeMismatch.java.math.BigDecimal"
                    : "error.stepNotAllowed");
        } else if (step.getAction() == Transition.PUBLISH && !step.isConfirmed()) {
            // 公开 shows the table to everyone: asked once more before it goes
            redirect.addFlashAttribute("confirmPublish", true);
        } else if (step.getAction() == Transition.SUBMIT && !step.isConfirmed()
                && !(inTheWay = workflow.standingInTheWayOfSubmission(id, user)).isEmpty()) {
            boolean errors = inTheWay.get(0).severity() == Severity.ERROR;
            redirect.addFlashAttribute(errors ? "submitErrors" : "submitWarnings", messagesOf(inTheWay, locale));
            tab = "form";
        } else {
            try {
                workflow.act(id, step.getAction(), step.getOpinion(), step.getVersion(), step.toRechecks(), step.toBudgetRecheck(), user);
                redirect.addFlashAttribute("workflowDone", step.getAction());
                tab = step.getAction() == Transition.SUBMIT ? "review" : tab;
            } catch (SubmissionBlockedException e) {
                redirect.addFlashAttribute("submitErrors", messagesOf(e.errors(), locale));
                tab = "form";
            } catch (WorkflowException e) {
                redirect.addFlashAttribute("workflowError", e.messageKey());
            } catch (ForbiddenException e) {
                redirect.addFlashAttribute("workflowError", e.messageKey());
            } catch (EditConflictException e) {
                redirect.addFlashAttribute("workflowError", "error.conflict");
            }
        }
        return "redirect:/evaluations/" + id + "?tab=" + tab;
    }

    private static List<String> messagesOf(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> f.message(locale)).toList();
    }
}
