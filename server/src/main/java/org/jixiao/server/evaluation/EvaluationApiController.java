package org.jixiao.server.evaluation;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.common.GlanceCache;
import org.jixiao.server.common.InvalidFieldsException;
import org.jixiao.server.org.CurrentUser;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations through the JSON API: list, read, create, update actuals, history. Same scope rules as the pages. */
@RestController
@RequestMapping("/api/evaluations")
public class EvaluationApiController {
    private final EvaluationService evaluations;
    private final EvaluationScoring scoring;
    private final AuditTrail audit;
    private final EvaluationOrigins origins;
    private final GlanceCache kept;

    EvaluationApiController(EvaluationService evaluations, EvaluationScoring scoring, AuditTrail audit,
                            EvaluationOrigins origins, GlanceCache kept) {
        this.kept = kept;
        this.evaluations = evaluations;
        this.scoring = scoring;
        this.audit = audit;
        this.origins = origins;
    }

    /**
     * The evaluations the caller may see, one page, with the count of all matches in {@code total}; written once per
     * revision of the tables and kept as JSON ({@link GlanceCache}), as scripts page through it.
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Page.class)))
    public ResponseEntity<byte[]> list(@AuthenticationPrincipal CurrentUser user, @ParameterObject ListRequest request) {
        EvaluationFilter filter = request.filter();
        return kept.json(new GlanceCache.Key("api/evaluations", user.viewpoint(), filter, null), () -> evaluations.list(filter, user));
    }

    @GetMapping("/{id}")
    public EvaluationJson read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale) {
        StoredEvaluation e = evaluations.get(id, user);
        Scored scored = evaluations.score(e);
        return EvaluationJson.of(e, scored, scored.result(), origins.of(id).orElse(null), locale);
    }

    @PostMapping
    public ResponseEntity<EvaluationJson> create(@AuthenticationPrincipal CurrentUser user,
                                                 @Valid @RequestBody CreateEvaluationRequest request, Locale locale) {
        EvaluationForm form = request.evaluation();
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "evaluation");
        FormRules.check(form, errors, scoring);
        if (errors.hasErrors()) {
            throw new InvalidFieldsException(errors, "evaluation.");
        }
        SelfEvaluation e = FormMapper.toEvaluation(form, null);
        long id = evaluations.create(e, form.getSchemeId(), request.organisationId(), user, AuditSource.API, "api");
        return ResponseEntity.created(URI.create("/api/evaluations/" + id)).body(read(user, id, locale));
    }

    /** New actuals for some indicators; the rows, totals and grade are re-scored. */
    @PutMapping("/{id}/actuals")
    public EvaluationJson updateActuals(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
                                        @Valid @RequestBody ActualsUpdate update, Locale locale) {
        StoredEvaluation stored = evaluations.get(id, user);
        evaluations.checkMayEdit(stored, user);
        List<Indicator> indicators = new ArrayList<>(stored.form().indicators());
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(update, "update");
        for (int n = 0; n < update.actuals().size(); n++) {
            ActualsUpdate.Change c = update.actuals().get(n);
            ActualStatus status = c.status() == null ? ActualStatus.REPORTED : c.status();
            if (c.index() >= indicators.size()) {
                errors.rejectValue("actuals[" + n + "].index", "error.notFound");
                continue;
            }
            String locked = c.lockedColumnChanged(indicators.get(c.index()));
            if (locked != null) {
                errors.rejectValue("actuals[" + n + "]." + locked, "validation.lockedColumn");
                continue;
            }
            if (status == ActualStatus.EXCLUDED || indicators.get(c.index()).actual().status() == ActualStatus.EXCLUDED) {
                if (status != indicators.get(c.index()).actual().status() && origins.of(id).isPresent()) {
                    errors.rejectValue("actuals[" + n + "].status", "validation.lockedColumn");
                    continue;
                }
            }
            if (status != ActualStatus.REPORTED && (c.reason() == null || c.reason().isBlank())) {
                errors.rejectValue("actuals[" + n + "].reason", "validation.reasonRequired");
                continue;
            }
            indicators.set(c.index(), indicators.get(c.index())
                    .withActual(Actual.of(status, c.actual(), c.reason())));
        }
        if (errors.hasErrors()) {
            throw new InvalidFieldsException(errors, "");
        }
        evaluations.save(id, update.version(), stored.form().withIndicators(indicators), null, user, AuditSource.API);
        return read(user, id, locale);
    }

    @GetMapping("/{id}/history")
    public List<AuditEntry> history(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        evaluations.get(id, user);
        return audit.history(id);
    }
}
