package org.jixiao.server.evaluation;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.EditConflictException;
import org.jixiao.server.common.FieldMessages;
import org.jixiao.server.org.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-evaluation form: shown, re-scored in place as the user types (htmx, scored by the core on the server),
 * rows added, removed and reordered, saved with optimistic locking.
 */
@Controller
class EvaluationFormController {
    private final EvaluationService evaluations;
    private final EvaluationScoring scoring;
    private final EvaluationPageModel pageModel;
    private final AuditTrail audit;
    private final MessageSource messages;

    EvaluationFormController(EvaluationService evaluations, EvaluationScoring scoring, EvaluationPageModel pageModel,
                             AuditTrail audit, MessageSource messages) {
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.pageModel = pageModel;
        this.audit = audit;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.setAutoGrowCollectionLimit(210);
    }

    @GetMapping("/evaluations/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @RequestParam(defaultValue = "form") String tab, Model model) {
        StoredEvaluation stored = evaluations.get(id, user);
        pageModel.fill(model, stored, FormMapper.toForm(stored).withRowKeys(evaluations.rowKeys(stored)),
                evaluations.score(stored), user, tab);
        return "evaluations/form";
    }

    @PostMapping("/evaluations/{id}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @Valid @ModelAttribute("form") EvaluationForm form, BindingResult binding, Model model,
                Locale locale, RedirectAttributes redirect) {
        StoredEvaluation stored = evaluations.get(id, user);
        evaluations.checkMayEdit(stored, user);
        FormRules.check(form, binding, scoring);
        SelfEvaluation changed = FormMapper.toEvaluation(form, stored.form());
        if (binding.hasErrors()) {
            pageModel.fill(model, stored, form, scoring.scoreFilledIn(changed, stored.schemeId()), user, "form");
            refused(model, binding, locale);
            return "evaluations/form";
        }
        try {
            evaluations.save(id, form.getVersion(), changed, form.rowKeys(), form.getSchemeId(), user, AuditSource.SCREEN);
        } catch (EditConflictException conflict) {
            StoredEvaluation current = evaluations.get(id, user);
            List<AuditEntry> theirs = audit.since(id, form.getVersion());
            ConflictMerge.Result merged = ConflictMerge.merge(form, current, theirs);
            merged.form().setVersion(current.version());
            model.addAttribute("conflict", theirs);
            model.addAttribute("bothChanged", merged.bothChanged());
            SelfEvaluation shown = FormMapper.toEvaluation(merged.form(), current.form());
            pageModel.fill(model, current, merged.form(), scoring.scoreFilledIn(shown, current.schemeId()), user, "form");
            return "evaluations/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/evaluations/" + id;
    }

    /** htmx: the scores, total, grade and findings of the form as typed, swapped in place. Nothing is saved. */
    @PostMapping("/evaluations/{id}/score")
    String score(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                 @ModelAttribute("form") EvaluationForm form, BindingResult binding, Model model) {
        StoredEvaluation stored = evaluations.get(id, user);
        SelfEvaluation typed = FormMapper.toEvaluation(form, stored.form());
        model.addAttribute("scored", evaluations.withEvidence(id, scoring.scoreFilledIn(typed, stored.schemeId())));
        return "evaluations/form :: live";
    }

    /** htmx: the indicator table after adding, removing or moving a row. Nothing is saved until the form is. */
    @PostMapping("/evaluations/{id}/rows")
    String rows(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                @ModelAttribute("form") EvaluationForm form, BindingResult binding,
                @RequestParam(required = false) String rowAction, Model model, Locale locale) {
        StoredEvaluation stored = evaluations.get(id, user);
        evaluations.checkMayEdit(stored, user);
        FormRules.applyRowAction(form, rowAction);
        SelfEvaluation typed = FormMapper.toEvaluation(form, stored.form());
        pageModel.fill(model, stored, form, scoring.scoreFilledIn(typed, stored.schemeId()), user, "form");
        if (binding.hasErrors()) {
            refused(model, binding, locale);
        }
        return "evaluations/form :: indicators";
    }

    /** A form that came back refused: what was typed ("rejected") and each field's message, beside its field. */
    private void refused(Model model, BindingResult binding, Locale locale) {
        model.addAttribute("rejected", binding);
        model.addAttribute("fieldErrors", FieldMessages.of(binding, messages, locale));
    }

    static List<String> units() {
        return List.of("%", "个", "次", "项", "人", "人次", "天", "小时", "分钟", "万元", "元", "份", "家", "套", "台", "平方米");
    }
}
