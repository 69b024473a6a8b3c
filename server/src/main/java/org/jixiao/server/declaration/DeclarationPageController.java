package org.jixiao.server.declaration;

import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.SubmissionBlockedException;
import org.jixiao.server.common.WorkflowException;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DuplicateDocumentException;
import org.jixiao.server.evaluation.EvaluationStatus;
import org.jixiao.server.evaluation.OrganisationChoices;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.OrgKind;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
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

/**
 * The declaration pages: the list with its filters and status tabs, the form in the printed layout with its findings
 * beside the rows as the user types (htmx, checked by the core on the server), 送审 / 审核 / 退回 / 取消, the versions
 * with what each changed, and 生成自评表.
 */
@Controller
class DeclarationPageController {
    private final DeclarationService declarations;
    private final DeclaredEvaluations evaluations;
    private final DeclarationPageModel pageModel;
    private final OrganisationChoices pickers;
    private final OrganisationRepository organisations;
    private final DocumentHistory history;
    private final MessageSource messages;

    DeclarationPageController(DeclarationService declarations, DeclaredEvaluations evaluations,
                              DeclarationPageModel pageModel, OrganisationChoices pickers,
                              OrganisationRepository organisations, DocumentHistory history, MessageSource messages) {
        this.declarations = declarations;
        this.evaluations = evaluations;
        this.pageModel = pageModel;
        this.pickers = pickers;
        this.organisations = organisations;
        this.history = history;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(DeclarationMapping.MAX_INDICATORS + 10);
    }

    @GetMapping("/declarations")
    String list(@AuthenticationPrincipal CurrentUser user, DeclarationListRequest request, Model model) {
        DeclarationFilter filter = new DeclarationFilter(request.year(), request.departmentId(), request.unitId(),
                request.tab(), null, request.filter().query(), request.page() == null ? 0 : request.page(), 20);
        model.addAttribute("filter", filter);
        model.addAttribute("result", declarations.list(filter, user));
        model.addAttribute("tabs", EvaluationStatus.Tab.values());
        model.addAttribute("pickers", pickers.of(filter.departmentId(), filter.unitId(), user.scope()));
        model.addAttribute("mayFill", declarations.mayFill(user));
        return "declarations/list";
    }

    @GetMapping("/declarations/new")
    String blank(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long organisationId, Model model) {
        List<Organisation> choices = fillable(user);
        if (choices.isEmpty()) {
            throw new ForbiddenException("declaration.error.notYoursToFill");
        }
        Long org = organisationId != null ? organisationId : user.ownOrFirstOf(choices).map(Organisation::id).orElse(null);
        return newPage(model, DeclarationForm.blank(org, Year.now().getValue() + 1), choices, List.of(), Map.of());
    }

    @PostMapping("/declarations")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DeclarationForm form,
                  @RequestParam(required = false) String rowAction, Model model, Locale locale, RedirectAttributes redirect) {
        List<Organisation> choices = fillable(user);
        if (rowAction != null) {
            form.applyRowAction(rowAction);
            return newPage(model, form, choices, typedFindings(form, user), Map.of());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Declaration d = read(form, null, user, errors, locale);
        if (form.getOrganisationId() == null) {
            errors.put("organisationId", messages.getMessage("validation.required", null, locale));
        }
        if (!errors.isEmpty()) {
            return newPage(model, form, choices, typedFindings(form, user), errors);
        }
        long id;
        try {
            id = declarations.create(d, form.getOrganisationId(), user, AuditSource.SCREEN);
        } catch (DuplicateDocumentException duplicate) {
            errors.put("project", messages.getMessage(duplicate.messageKey(), null, locale));
            model.addAttribute("duplicateId", duplicate.existingId());
            return newPage(model, form, choices, typedFindings(form, user), errors);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/declarations/" + id;
    }

    @GetMapping("/declarations/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @RequestParam(defaultValue = "form") String tab, Model model, Locale locale) {
        StoredDeclaration d = declarations.get(id, user);
        pageModel.fill(model, d, DeclarationForm.of(d.declaration(), d.organisationId(), d.version()),
                declarations.findings(d), user, tab, locale);
        return "declarations/form";
    }

    @PostMapping("/declarations/{id}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") DeclarationForm form,
                @RequestParam(required = false) String rowAction, Model model, Locale locale, RedirectAttributes redirect) {
        StoredDeclaration d = declarations.get(id, user);
        declarations.checkMayEdit(d, user);
        form.setOrganisationId(d.organisationId());
        if (rowAction != null) {
            form.applyRowAction(rowAction);
            pageModel.fill(model, d, form, typedFindings(form, user), user, "form", locale);
            return "declarations/form";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Declaration changed = read(form, d, user, errors, locale);
        if (errors.isEmpty()) {
            try {
                declarations.save(id, form.getVersion(), changed, user, AuditSource.SCREEN);
                redirect.addFlashAttribute("saved", true);
                return "redirect:/declarations/" + id;
            } catch (DuplicateDocumentException duplicate) {
                errors.put("project", messages.getMessage(duplicate.messageKey(), null, locale));
            } catch (DocumentConflictException conflict) {
                StoredDeclaration current = declarations.get(id, user);
                model.addAttribute("conflict", history.since(current.ref(), form.getVersion()));
                form.setVersion(current.version());
                pageModel.fill(model, current, form, typedFindings(form, user), user, "form", locale);
                return "declarations/form";
            }
        }
        pageModel.fill(model, d, form, typedFindings(form, user), user, "form", locale);
        model.addAttribute("fieldErrors", errors);
        return "declarations/form";
    }

    /** htmx: the findings of the form as typed, each beside its row, swapped in place. Nothing is saved. */
    @PostMapping({"/declarations/check", "/declarations/{id}/check"})
    String check(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") DeclarationForm form, Model model) {
        model.addAttribute("findings", new DeclarationPageModel.Placed(typedFindings(form, user)));
        model.addAttribute("rows", form.getIndicators().size());
        return "declarations/form :: live";
    }

    /** 送审, 取消送审, 审核通过, 退回, 取消审核; finance's approval with the goals' grade. */
    @PostMapping("/declarations/{id}/step")
    String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam Transition action,
                @RequestParam(required = false) String opinion, @RequestParam(required = false) String goalGrade,
                @RequestParam(required = false) Integer version, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            declarations.act(id, action, opinion, version, goalGrade, user);
        } catch (SubmissionBlockedException blocked) {
            StoredDeclaration d = declarations.get(id, user);
            pageModel.fill(model, d, DeclarationForm.of(d.declaration(), d.organisationId(), d.version()),
                    declarations.findings(d), user, "form", locale);
            model.addAttribute("blocked", blocked.errors());
            return "declarations/form";
        } catch (WorkflowException | ForbiddenException refused) {
            String key = refused instanceof WorkflowException w ? w.messageKey() : ((ForbiddenException) refused).messageKey();
            redirect.addFlashAttribute("stepError", messages.getMessage(key, null, locale));
            return "redirect:/declarations/" + id + "?tab=review";
        } catch (DocumentConflictException conflict) {
            redirect.addFlashAttribute("stepError", messages.getMessage("document.error.conflict", null, locale));
            return "redirect:/declarations/" + id + "?tab=review";
        }
        redirect.addFlashAttribute("done", messages.getMessage("declaration.action." + action.name(), null, locale));
        return "redirect:/declarations/" + id + (action == Transition.SUBMIT || action == Transition.CANCEL_SUBMISSION
                ? "" : "?tab=review");
    }

    /** 生成自评表: the self-evaluation of the approved goals, opened for filling. */
    @PostMapping("/declarations/{id}/evaluation")
    String evaluation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale,
                      RedirectAttributes redirect) {
        try {
            return "redirect:/evaluations/" + evaluations.generate(id, user, AuditSource.SCREEN);
        } catch (DuplicateDocumentException exists) {
            return "redirect:/evaluations/" + exists.existingId();
        } catch (WorkflowException refused) {
            redirect.addFlashAttribute("stepError", messages.getMessage(refused.messageKey(), null, locale));
            return "redirect:/declarations/" + id;
        }
    }

    private String newPage(Model model, DeclarationForm form, List<Organisation> choices, List<Finding> findings,
                           Map<String, String> errors) {
        pageModel.choices(model);
        model.addAttribute("form", form);
        model.addAttribute("organisations", choices);
        model.addAttribute("findings", new DeclarationPageModel.Placed(findings));
        model.addAttribute("fieldErrors", errors);
        model.addAttribute("editable", true);
        model.addAttribute("tab", "form");
        return "declarations/form";
    }

    /** The organisations the caller may file in: units and departments of their scope, for fillers and administrators. */
    private List<Organisation> fillable(CurrentUser user) {
        if (!declarations.mayFill(user)) {
            return List.of();
        }
        return organisations.findAll(user.scope()).stream().filter(o -> o.kind() != OrgKind.FINANCE_BUREAU).toList();
    }

    /** The declaration typed, with every field error resolved in the reader's language (by the form's names). */
    private Declaration read(DeclarationForm form, StoredDeclaration stored, CurrentUser user, Map<String, String> out,
                             Locale locale) {
        Map<String, String> numbers = new HashMap<>();
        DeclarationInput input = form.toInput(numbers);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "declaration");
        String department = stored != null ? stored.declaration().header().department() : "";
        String unit = stored != null ? stored.declaration().header().unit() : "";
        if (stored == null && form.getOrganisationId() != null) {
            var org = organisations.findById(form.getOrganisationId(), user.scope());
            if (org.isPresent()) {
                String[] names = declarations.departmentAndUnit(org.get());
                department = names[0];
                unit = names[1];
            }
        }
        Declaration d = DeclarationMapping.toCore(input, department, unit, errors);
        numbers.forEach((field, key) -> out.put(field, messages.getMessage(key, null, locale)));
        for (FieldError e : errors.getFieldErrors()) {
            out.putIfAbsent(formName(e.getField()), messages.getMessage(e, locale));
        }
        return d;
    }

    private static String formName(String field) {
        return switch (field) {
            case "goals.annual" -> "goalsAnnual";
            case "goals.midterm" -> "goalsMidterm";
            default -> field;
        };
    }

    private List<Finding> typedFindings(DeclarationForm form, CurrentUser user) {
        DeclarationInput input = form.toInput(new HashMap<>());
        Declaration d = DeclarationMapping.toCore(input, "", "", new MapBindingResult(new HashMap<>(), "declaration"));
        long org = form.getOrganisationId() == null ? -1 : form.getOrganisationId();
        if (org >= 0 && organisations.findById(org, user.scope()).isEmpty()) {
            org = -1;
        }
        return declarations.findings(d, org);
    }
}
