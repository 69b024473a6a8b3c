package org.jixiao.server.declaration;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.declaration.Adjustment;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.common.InvalidFieldsException;
import org.jixiao.server.document.DocumentEntry;
import org.jixiao.server.document.DocumentHistory;
import org.jixiao.server.document.DocumentSteps;
import org.jixiao.server.evaluation.Page;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.workflow.Transition;
import org.jixiao.server.workflow.WorkflowApiController.SubmitRequest;
import org.jixiao.server.workflow.WorkflowStep;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Declarations and their adjustments through the JSON API: list, read, file, change, submit, review, adjust, and
 * make the self-evaluation. Same scope rules as the pages: outside the caller's subtree is 404.
 */
@RestController
public class DeclarationApiController {
    /** A review step: the evaluations' vocabulary, with finance's grade of the goals where it gives one. */
    public record ReviewRequest(Transition action, String opinion, Integer version, String goalGrade) {
    }

    private final DeclarationService declarations;
    private final AdjustmentService adjustments;
    private final DeclaredEvaluations evaluations;
    private final DocumentSteps steps;
    private final DocumentHistory history;
    private final org.jixiao.server.evaluation.EvaluationService evaluationService;

    DeclarationApiController(DeclarationService declarations, AdjustmentService adjustments, DeclaredEvaluations evaluations,
                             DocumentSteps steps, DocumentHistory history,
                             org.jixiao.server.evaluation.EvaluationService evaluationService) {
        this.declarations = declarations;
        this.adjustments = adjustments;
        this.evaluations = evaluations;
        this.steps = steps;
        this.history = history;
        this.evaluationService = evaluationService;
    }

    /** The declarations the caller may see, one page, with the count of all matches in {@code total}. */
    @GetMapping("/api/declarations")
    public Page<DeclarationSummary> list(@AuthenticationPrincipal CurrentUser user,
                                         @ParameterObject DeclarationListRequest request) {
        return declarations.list(request.filter(), user);
    }

    @GetMapping("/api/declarations/{id}")
    public DeclarationJson read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
        StoredDeclaration d = declarations.get(id, user);
        return DeclarationJson.of(d, declarations.findings(d), declarations.versions(d), adjustments.of(d),
                evaluations.evaluationOf(id).orElse(null), locale);
    }

    @PostMapping("/api/declarations")
    public ResponseEntity<DeclarationJson> create(@AuthenticationPrincipal CurrentUser user,
                                                  @RequestBody DeclarationInput input, Locale locale) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "declaration");
        if (input.organisationId() == null) {
            errors.rejectValue("organisationId", "validation.required");
            throw new InvalidFieldsException(errors, "");
        }
        Organisation org = declarations.fillableOrganisation(input.organisationId(), user);
        String[] names = declarations.departmentAndUnit(org);
        Declaration d = DeclarationMapping.toCore(input, names[0], names[1], errors);
        if (errors.hasErrors()) {
            throw new InvalidFieldsException(errors, "");
        }
        long id = declarations.create(d, org.id(), user, AuditSource.API);
        return ResponseEntity.created(URI.create("/api/declarations/" + id)).body(read(user, id, locale));
    }

    /** The declaration as filed, replaced (a draft or returned one, over {@code version}: {@code ?version=}). */
    @PutMapping("/api/declarations/{id}")
    public DeclarationJson update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                  @org.springframework.web.bind.annotation.RequestParam int version,
                                  @RequestBody DeclarationInput input, Locale locale) {
        StoredDeclaration stored = declarations.get(id, user);
        declarations.checkMayEdit(stored, user);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "declaration");
        Declaration d = DeclarationMapping.toCore(input, stored.declaration().header().department(),
                stored.declaration().header().unit(), errors);
        if (errors.hasErrors()) {
            throw new InvalidFieldsException(errors, "");
        }
        declarations.save(id, version, d, user, AuditSource.API);
        return read(user, id, locale);
    }

    @PostMapping("/api/declarations/{id}/submit")
    public DeclarationJson submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                  @RequestBody(required = false) SubmitRequest request, Locale locale) {
        declarations.act(id, Transition.SUBMIT, null, request == null ? null : request.version(), null, user);
        return read(user, id, locale);
    }

    /** DEPT_APPROVE, DEPT_RETURN, FINANCE_APPROVE (终审, with {@code goalGrade} 优 / 良 / 中 / 差), CANCEL_SUBMISSION … */
    @PostMapping("/api/declarations/{id}/review")
    public DeclarationJson review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                  @RequestBody ReviewRequest step, Locale locale) {
        declarations.act(id, step.action(), step.opinion(), step.version(), step.goalGrade(), user);
        return read(user, id, locale);
    }

    @GetMapping("/api/declarations/{id}/steps")
    public List<WorkflowStep> steps(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return steps.of(declarations.get(id, user).ref());
    }

    @GetMapping("/api/declarations/{id}/history")
    public List<DocumentEntry> history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return history.history(declarations.get(id, user).ref());
    }

    /** Every approved version, oldest first. */
    @GetMapping("/api/declarations/{id}/versions")
    public List<DeclarationJson.VersionJson> versions(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return declarations.versions(declarations.get(id, user)).stream().map(DeclarationJson::version).toList();
    }

    @PostMapping("/api/declarations/{id}/adjustments")
    public ResponseEntity<DeclarationJson.AdjustmentJson> adjust(@AuthenticationPrincipal CurrentUser user,
                                                                 @PathVariable long id, @RequestBody AdjustmentInput input) {
        Adjustment adjustment = adjustment(input);
        long adjustmentId;
        try {
            adjustmentId = adjustments.file(id, adjustment, user, AuditSource.API);
        } catch (IllegalArgumentException refused) {
            throw invalidChange(refused);
        }
        return ResponseEntity.created(URI.create("/api/adjustments/" + adjustmentId))
                .body(DeclarationJson.AdjustmentJson.of(adjustments.get(adjustmentId, user)));
    }

    @GetMapping("/api/adjustments/{id}")
    public DeclarationJson.AdjustmentJson adjustment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return DeclarationJson.AdjustmentJson.of(adjustments.get(id, user));
    }

    /** What a draft or returned adjustment asks, replaced over {@code version}. */
    @PutMapping("/api/adjustments/{id}")
    public DeclarationJson.AdjustmentJson changeAdjustment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                                           @RequestBody AdjustmentInput input) {
        Adjustment adjustment = adjustment(input);
        if (input.version() == null) {
            MapBindingResult errors = new MapBindingResult(new HashMap<>(), "adjustment");
            errors.rejectValue("version", "validation.required");
            throw new InvalidFieldsException(errors, "");
        }
        try {
            adjustments.save(id, input.version(), adjustment, user, AuditSource.API);
        } catch (IllegalArgumentException refused) {
            throw invalidChange(refused);
        }
        return adjustment(user, id);
    }

    @PostMapping("/api/adjustments/{id}/submit")
    public DeclarationJson.AdjustmentJson submitAdjustment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                                           @RequestBody(required = false) SubmitRequest request) {
        adjustments.act(id, Transition.SUBMIT, null, request == null ? null : request.version(), user);
        return adjustment(user, id);
    }

    @PostMapping("/api/adjustments/{id}/review")
    public DeclarationJson.AdjustmentJson reviewAdjustment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                                           @RequestBody ReviewRequest step) {
        adjustments.act(id, step.action(), step.opinion(), step.version(), user);
        return adjustment(user, id);
    }

    @GetMapping("/api/adjustments/{id}/steps")
    public List<WorkflowStep> adjustmentSteps(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return steps.of(adjustments.get(id, user).ref());
    }

    @GetMapping("/api/adjustments/{id}/history")
    public List<DocumentEntry> adjustmentHistory(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return history.history(adjustments.get(id, user).ref());
    }

    /**
     * The self-evaluation of the approved declaration's project and year, generated from its latest approved version
     * (targets and weights locked): 201 with the evaluation, as {@code GET /api/evaluations/{id}} gives it.
     */
    @PostMapping("/api/declarations/{id}/evaluation")
    public ResponseEntity<org.jixiao.server.evaluation.EvaluationJson> evaluation(@AuthenticationPrincipal CurrentUser user,
                                                                                  @PathVariable long id, Locale locale) {
        long evaluationId = evaluations.generate(id, user, AuditSource.API);
        var e = evaluationService.get(evaluationId, user);
        var scored = evaluationService.score(e);
        return ResponseEntity.created(URI.create("/api/evaluations/" + evaluationId))
                .body(org.jixiao.server.evaluation.EvaluationJson.of(e, scored, scored.result(),
                        evaluations.of(evaluationId).orElse(null), locale));
    }

    private static Adjustment adjustment(AdjustmentInput input) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "adjustment");
        Adjustment adjustment = DeclarationMapping.toAdjustment(input, errors);
        if (errors.hasErrors()) {
            throw new InvalidFieldsException(errors, "");
        }
        return adjustment;
    }

    private static InvalidFieldsException invalidChange(IllegalArgumentException refused) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "adjustment");
        errors.rejectValue("changes", "declaration.validation.changeRefused", new Object[] {refused.getMessage()},
                refused.getMessage());
        return new InvalidFieldsException(errors, "");
    }
}
