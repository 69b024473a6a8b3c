package org.jixiao.server.declaration;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentSteps;
import org.jixiao.server.document.DocumentWorkflow;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.workflow.Transition;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The adjustment pages: filing one on an approved declaration, changing it while a draft or returned, its review. */
@Controller
class AdjustmentPageController {
    private final AdjustmentService adjustments;
    private final DeclarationService declarations;
    private final DeclarationPageModel pageModel;
    private final DocumentSteps steps;
    private final MessageSource messages;

    AdjustmentPageController(AdjustmentService adjustments, DeclarationService declarations, DeclarationPageModel pageModel,
                             DocumentSteps steps, MessageSource messages) {
        this.adjustments = adjustments;
        this.declarations = declarations;
        this.pageModel = pageModel;
        this.steps = steps;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(DeclarationMapping.MAX_INDICATORS + 10);
    }

    @GetMapping("/declarations/{id}/adjustments/new")
    String blank(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        StoredDeclaration d = declarations.get(id, user);
        if (!declarations.mayFill(user)) {
            throw new ForbiddenException("declaration.error.notYoursToFill");
        }
        var latest = adjustments.latest(d);
        return page(model, d, null, AdjustmentForm.of(latest.declaration(), null, 0), Map.of(), user);
    }

    @PostMapping("/declarations/{id}/adjustments")
    String file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") AdjustmentForm form,
                Model model, Locale locale, RedirectAttributes redirect) {
        StoredDeclaration d = declarations.get(id, user);
        Map<String, String> errors = new LinkedHashMap<>();
        Adjustment a = read(form, errors, locale);
        if (errors.isEmpty()) {
            try {
                long adjustmentId = adjustments.file(id, a, user, AuditSource.SCREEN);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/adjustments/" + adjustmentId;
            } catch (IllegalArgumentException refused) {
                errors.put("changes", refused.getMessage());
            } catch (WorkflowException refused) {
                errors.put("changes", messages.getMessage(refused.messageKey(), null, locale));
            }
        }
        return page(model, d, null, form, errors, user);
    }

    @GetMapping("/adjustments/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        StoredAdjustment a = adjustments.get(id, user);
        StoredDeclaration d = declarations.get(a.declarationId(), user);
        var base = versionOf(d, a.baseVersion());
        return page(model, d, a, AdjustmentForm.of(base, a.adjustment(), a.version()), Map.of(), user);
    }

    @PostMapping("/adjustments/{id}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") AdjustmentForm form,
                Model model, Locale locale, RedirectAttributes redirect) {
        StoredAdjustment a = adjustments.get(id, user);
        StoredDeclaration d = declarations.get(a.declarationId(), user);
        Map<String, String> errors = new LinkedHashMap<>();
        Adjustment changed = read(form, errors, locale);
        if (errors.isEmpty()) {
            try {
                adjustments.save(id, form.getVersion(), changed, user, AuditSource.SCREEN);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/adjustments/" + id;
            } catch (IllegalArgumentException refused) {
                errors.put("changes", refused.getMessage());
            } catch (WorkflowException refused) {
                errors.put("changes", messages.getMessage(refused.messageKey(), null, locale));
            } catch (DocumentConflictException conflict) {
                errors.put("changes", messages.getMessage("document.error.conflict", null, locale));
            }
        }
        return page(model, d, a, form, errors, user);
    }

    @PostMapping("/adjustments/{id}/step")
    String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Transition action,
                @RequestParam(required = false) String opinion, @RequestParam(required = false) Integer version,
                Locale locale, RedirectAttributes redirect) {
        try {
            adjustments.act(id, action, opinion, version, user);
            redirect.addFlashAttribute("done", messages.getMessage("declaration.action." + action.name(), null, locale));
        } catch (WorkflowException refused) {
            redirect.addFlashAttribute("stepError", messages.getMessage(refused.messageKey(), null, locale));
        } catch (ForbiddenException refused) {
            redirect.addFlashAttribute("stepError", messages.getMessage(refused.messageKey(), null, locale));
        } catch (DocumentConflictException conflict) {
            redirect.addFlashAttribute("stepError", messages.getMessage("document.error.conflict", null, locale));
        }
        return "redirect:/adjustments/" + id;
    }

    private String page(Model model, StoredDeclaration d, StoredAdjustment a, AdjustmentForm form, Map<String, String> errors,
                        CurrentUser user) {
        pageModel.choices(model);
        model.addAttribute("d", d);
        model.addAttribute("a", a);
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", errors);
        if (a != null) {
            pageModel.adjustmentFiles(model, a, user);
        }
        boolean filler = declarations.mayFill(user);
        model.addAttribute("editable", filler && (a == null || a.status().isEditable()));
        model.addAttribute("steps", a == null ? java.util.List.of() : steps.of(a.ref()));
        model.addAttribute("actions", a == null ? java.util.List.of()
                : DocumentWorkflow.available(a.state(), DeclarationService.STEPS, user));
        model.addAttribute("asked", a == null ? java.util.List.of()
                : pageModel.describe(a, versionOf(d, a.baseVersion()), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "declarations/adjustment";
    }

    private org.jixiao.core.declaration.Declaration versionOf(StoredDeclaration d, int number) {
        return declarations.versions(d).stream().filter(v -> v.number() == number).findFirst()
                .map(v -> v.version().declaration()).orElseGet(() -> adjustments.latest(d).declaration());
    }

    private Adjustment read(AdjustmentForm form, Map<String, String> out, Locale locale) {
        Map<String, String> numbers = new HashMap<>();
        AdjustmentInput input = form.toInput(numbers);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "adjustment");
        Adjustment a = DeclarationMapping.toAdjustment(input, errors);
        numbers.forEach((field, key) -> out.put(field, messages.getMessage(key, null, locale)));
        for (FieldError e : errors.getFieldErrors()) {
            out.putIfAbsent(formName(e.getField(), form), messages.getMessage(e, locale));
        }
        return a;
    }

    /** changes[n].indicator.name → the form's rows[k].name or added[k].name. */
    private static String formName(String field, AdjustmentForm form) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("changes\\[(\\d+)]\\.(?:indicator\\.)?(.*)").matcher(field);
        if (!m.matches()) {
            return field;
        }
        int n = Integer.parseInt(m.group(1));
        int changed = 0;
        for (int k = 0; k < form.getRows().size(); k++) {
            var r = form.getRows().get(k);
            if (r != null && r.getChange() != null && !"KEEP".equals(r.getChange())) {
                if (changed++ == n) {
                    return "rows[" + k + "]." + m.group(2);
                }
            }
        }
        return "added." + m.group(2);
    }
}
