package org.jixiao.server.declaration;

import org.jixiao.office.xlsx.DeclarationTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.declaration.DeclaredIndicator;
import org.jixiao.core.declaration.IndicatorChange;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentSteps;
import org.jixiao.server.document.DocumentWorkflow;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.jixiao.server.org.Role;
import org.jixiao.server.workflow.WorkflowStep;
import org.jixiao.server.attachment.FilesOnPage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the declaration page shows besides the form: findings by row, review, versions, adjustments, choices. */
@Component
class DeclarationPageModel {
    /** 一级 → its 二级 as the national form prints them; the grid offers them as choices. */
    /** The form's 一级 / 二级 choices: the blank template's drop-downs offer the same. */
    static final Map<String, List<String>> LEVELS = DeclarationTemplate.CLASSES;

    static final List<String> OPERATORS = List.of(">=", ">", "=", "<=", "<", Operator.QUALITATIVE.symbol());
    static final List<String> ATTRIBUTES = List.of("新增", "延续", "经常性", "一次性");

    /** The findings of the form as typed, placed: on the table, and per indicator row. */
    public record Placed(List<Finding> all) {
        public List<Finding> table() {
            return all.stream().filter(f -> !f.place().isIndicator()).toList();
        }

        public List<Finding> of(int row) {
            return all.stream().filter(f -> f.place().indicatorIndex() == row).toList();
        }

        public long errors() {
            return all.stream().filter(f -> f.severity() == org.jixiao.core.checks.Severity.ERROR).count();
        }
    }

    /** One approved version and what made it, in words. */
    public record VersionView(int number, ApprovedVersion version, List<String> changes) {
    }

    private final DeclarationService declarations;
    private final AdjustmentService adjustments;
    private final DeclaredEvaluations evaluations;
    private final DocumentSteps steps;
    private final DocumentHistory history;
    private final MessageSource messages;
    private final FilesOnPage files;

    DeclarationPageModel(DeclarationService declarations, AdjustmentService adjustments, DeclaredEvaluations evaluations,
                         DocumentSteps steps, DocumentHistory history, MessageSource messages, FilesOnPage files) {
        this.files = files;
        this.declarations = declarations;
        this.adjustments = adjustments;
        this.evaluations = evaluations;
        this.steps = steps;
        this.history = history;
        this.messages = messages;
    }

    void choices(Model model) {
        model.addAttribute("levels", LEVELS);
        model.addAttribute("allLevel2", LEVELS.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("operators", OPERATORS);
        model.addAttribute("attributes", ATTRIBUTES);
        model.addAttribute("unitChoices", List.of("%", "个", "次", "项", "人", "人次", "天", "月", "万元", "元", "份", "家", "套", "台", "平方米"));
        model.addAttribute("goalGrades", DeclarationService.GOAL_GRADES);
    }

    /** The page of a stored declaration, showing {@code form} (as stored, or as typed when refused). */
    void fill(Model model, StoredDeclaration d, DeclarationForm form, List<Finding> findings, CurrentUser user,
              String tab, Locale locale) {
        choices(model);
        model.addAttribute("d", d);
        model.addAttribute("form", form);
        model.addAttribute("findings", new Placed(findings));
        model.addAttribute("editable", declarations.mayEdit(d, user));
        model.addAttribute("tab", List.of("form", "review", "versions", "history").contains(tab) ? tab : "form");
        List<WorkflowStep> taken = steps.of(d.ref());
        model.addAttribute("steps", taken);
        model.addAttribute("returnedBy", d.status() != org.jixiao.server.evaluation.EvaluationStatus.RETURNED
                || taken.isEmpty() || !taken.get(taken.size() - 1).action().needsOpinion() ? null : taken.get(taken.size() - 1));
        model.addAttribute("actions", DocumentWorkflow.available(d.state(), DeclarationService.STEPS, user));
        model.addAttribute("isFinance", user.is(Role.FINANCE_REVIEWER));
        model.addAttribute("mayFill", Policies.FILLS_IN.decide(user).allowed());
        List<StoredAdjustment> adjusted = adjustments.of(d);
        model.addAttribute("adjustments", adjusted);
        model.addAttribute("openAdjustment", adjusted.stream().anyMatch(StoredAdjustment::isOpen));
        model.addAttribute("versions", versions(declarations.versions(d), adjusted, locale));
        model.addAttribute("evaluationId", evaluations.evaluationOf(d.id()).orElse(null));
        model.addAttribute("history", "history".equals(tab) ? history.history(d.ref()) : List.of());
        files.fill(model, DeclarationDocuments.KIND, d.id(),
                d.declaration().indicators().stream().map(DeclaredIndicator::name).toList(), user);
    }

    /** An adjustment's 佐证材料: on the whole adjustment (the approval it asks for, its reasons). */
    void adjustmentFiles(Model model, StoredAdjustment a, CurrentUser user) {
        files.fill(model, AdjustmentDocuments.KIND, a.id(), List.of(), user);
    }

    /** Each version with what it changed: 终审 for version 1, the approved adjustment's changes for the others. */
    List<VersionView> versions(List<ApprovedVersion> versions, List<StoredAdjustment> adjusted, Locale locale) {
        List<VersionView> out = new ArrayList<>();
        for (int n = 0; n < versions.size(); n++) {
            ApprovedVersion v = versions.get(n);
            List<String> changes = new ArrayList<>();
            if (v.adjustmentId() == null || n == 0) {
                changes.add(messages.getMessage("declaration.version.first", null, locale));
            } else {
                var before = versions.get(n - 1).version().declaration();
                adjusted.stream().filter(a -> a.id() == v.adjustmentId()).findFirst()
                        .ifPresent(a -> changes.addAll(describe(a, before, locale)));
            }
            out.add(new VersionView(v.number(), v, changes));
        }
        return out;
    }

    /** What an adjustment asks, one line a change: goals, amount, each indicator added, modified or deleted. */
    List<String> describe(StoredAdjustment a, org.jixiao.core.declaration.Declaration base, Locale locale) {
        List<String> out = new ArrayList<>();
        var x = a.adjustment();
        if (!x.goals().isEmpty()) {
            out.add(messages.getMessage("declaration.change.goals", new Object[] {x.goals()}, locale));
        }
        if (x.amount() != null) {
            out.add(messages.getMessage("declaration.change.amount", new Object[] {
                    base.annualFunding().total() == null ? "—" : base.annualFunding().total().toPlainString(),
                    x.amount().toPlainString()}, locale));
        }
        for (IndicatorChange c : x.changes()) {
            DeclaredIndicator old = c.indicatorIndex() == null || c.indicatorIndex() >= base.indicators().size()
                    ? null : base.indicators().get(c.indicatorIndex());
            switch (c.kind()) {
                case ADD -> out.add(messages.getMessage("declaration.change.ADD",
                        new Object[] {c.indicator().name(), c.indicator().target().toString()}, locale));
                case MODIFY -> out.add(messages.getMessage("declaration.change.MODIFY", new Object[] {
                        old == null ? "—" : old.name(), old == null ? "—" : old.target().toString(),
                        c.indicator().name(), c.indicator().target().toString()}, locale));
                case DELETE -> out.add(messages.getMessage("declaration.change.DELETE",
                        new Object[] {old == null ? "—" : old.name()}, locale));
            }
        }
        if (!x.explanation().isEmpty()) {
            out.add(messages.getMessage("declaration.change.explanation", new Object[] {x.explanation()}, locale));
        }
        return out;
    }

    /** Field errors in the reader's language, by the form's field names. */
    Map<String, String> resolve(Map<String, org.springframework.validation.FieldError> errors, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((field, e) -> out.put(field, messages.getMessage(e, locale)));
        return out;
    }
}
