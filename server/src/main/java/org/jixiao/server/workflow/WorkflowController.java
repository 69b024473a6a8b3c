package org.jixiao.server.workflow;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.server.common.EditConflictException;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.SubmissionBlockedException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.evaluation.EvaluationPageModel;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.FormMapper;
import org.jixiao.server.evaluation.Recheck;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review buttons of the form page: 送审, 取消送审, 通过, 退回, 取消审核, 公开, 撤回公开, 作废, 恢复. 送审 with
 * warnings and 公开 are confirmed first.
 */
@Controller
class WorkflowController {
    private final WorkflowService workflow;
    private final EvaluationService evaluations;
    private final EvaluationPageModel pageModel;
    private final MessageSource messages;

    WorkflowController(WorkflowService workflow, EvaluationService evaluations, EvaluationPageModel pageModel,
                       MessageSource messages) {
        this.workflow = workflow;
        this.evaluations = evaluations;
        this.pageModel = pageModel;
        this.messages = messages;
    }

    @InitBinder("step")
    void binder(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(210);
    }

    @PostMapping("/evaluations/{id}/workflow")
    String act(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
               @Valid @ModelAttribute("step") WorkflowForm step, BindingResult binding, RedirectAttributes redirect,
               Locale locale, @RequestParam Map<String, String> posted, Model model) {
        String tab = "review";
        if (binding.hasErrors() && step.getAction() == Transition.FINANCE_APPROVE) {
            return refusedRecheck(user, id, binding, posted, locale, model);
        }
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

    /**
     * A re-check refused (text in a score, a deduction out of range): the page again with every entry as typed, the
     * refused fields marked with their message, and the total the valid entries give. Nothing is saved.
     */
    private String refusedRecheck(CurrentUser user, long id, BindingResult binding, Map<String, String> posted,
                                  Locale locale, Model model) {
        StoredEvaluation stored = evaluations.get(id, user);
        pageModel.fill(model, stored, FormMapper.toForm(stored), evaluations.score(stored), user, "review");
        Map<String, String> typed = new HashMap<>();
        posted.forEach((k, v) -> {
            if (k.startsWith("rechecks[") || k.startsWith("budgetRecheck.")) {
                typed.put(k, v);
            }
        });
        Map<String, String> refused = new HashMap<>();
        binding.getFieldErrors().forEach(f -> refused.putIfAbsent(f.getField(), messages.getMessage(f, locale)));
        model.addAttribute("stepValues", typed);
        model.addAttribute("stepErrors", refused);
        model.addAttribute("workflowError", "form.errors.recheck");
        model.addAttribute("recheckResult", runningTotal(stored, (WorkflowForm) binding.getTarget()));
        return "evaluations/form";
    }

    /** htmx: the re-checked total and grade the finance reviewer's entries give as they are typed. Nothing is saved. */
    @PostMapping("/evaluations/{id}/recheck-total")
    String recheckTotal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                        @ModelAttribute("step") WorkflowForm step, BindingResult binding, Model model) {
        model.addAttribute("recheckResult", runningTotal(evaluations.get(id, user), step));
        return "evaluations/form :: recheckTotal(oob=true)";
    }

    /** The core's re-checked result of the entries (an entry that could not be read counts as none). */
    private FinalResult runningTotal(StoredEvaluation stored, WorkflowForm step) {
        return evaluations.score(stored, Recheck.forCore(step.toRechecks(), step.toBudgetRecheck())).result();
    }

    private static List<String> messagesOf(List<Finding> findings, Locale locale) {
        return findings.stream().map(f -> f.message(locale)).toList();
    }
}
