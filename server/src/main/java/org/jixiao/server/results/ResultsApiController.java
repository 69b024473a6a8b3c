package org.jixiao.server.results;

import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.results.BudgetAction;
import org.jixiao.server.org.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 结果应用 through the API: a year's reviewed projects under an organisation, each with its final grade (re-check
 * first), the action the policy gives it and the suggested cut of next year's budget, in 元, exact to the fen.
 */
@RestController
public class ResultsApiController {
    public record ProjectJson(String project, long evaluationId, String organisation, BigDecimal total, String grade,
                              String source, String action, String actionLabel, BigDecimal budget, BigDecimal cut,
                              boolean proposesRectification, Long rectificationId) {
    }

    /** The draft notice made from a result's proposal. */
    public record RectificationRef(long id) {
    }

    public record ResultsJson(int year, long organisationId, String unit, BigDecimal cutPct, String afterPoor,
                              List<ProjectJson> projects, Map<BudgetAction, Long> byAction, BigDecimal budgetAffected,
                              BigDecimal cutTotal) {
    }

    private final ResultsService results;

    ResultsApiController(ResultsService results) {
        this.results = results;
    }

    @GetMapping("/api/results")
    public ResultsJson results(@AuthenticationPrincipal CurrentUser user, @RequestParam("org") long organisationId,
                               @RequestParam int year, Locale locale) {
        return json(results.of(organisationId, year, user), organisationId, year, results, locale, user);
    }

    /** Finance turns the rectification a 中 / 差 final grade proposes into a draft notice: 201 with its id. */
    @PostMapping("/api/results/{evaluationId}/rectification")
    public ResponseEntity<RectificationRef> rectify(@AuthenticationPrincipal CurrentUser user,
                                                    @PathVariable long evaluationId) {
        long id = results.proposeRectification(evaluationId, user);
        return ResponseEntity.created(URI.create("/api/rectifications/" + id)).body(new RectificationRef(id));
    }

    static ResultsJson json(List<ResultsService.ProjectResult> rows, long organisationId, int year,
                            ResultsService results, Locale locale, CurrentUser user) {
        Map<Long, Long> notices = results.rectifications(rows, user);
        Map<BudgetAction, Long> byAction = new EnumMap<>(BudgetAction.class);
        BigDecimal affected = BigDecimal.ZERO.setScale(2);
        BigDecimal cuts = BigDecimal.ZERO.setScale(2);
        for (ResultsService.ProjectResult r : rows) {
            if (r.action() != null) {
                byAction.merge(r.action(), 1L, Long::sum);
                if (r.cut() != null && r.cut().signum() > 0) {
                    affected = affected.add(r.budget() == null ? BigDecimal.ZERO : r.budget());
                    cuts = cuts.add(r.cut());
                }
            }
        }
        List<ProjectJson> projects = rows.stream().map(r -> new ProjectJson(r.project(), r.evaluationId(),
                r.organisation(), r.total(), r.grade(), r.source().name(), r.action() == null ? null : r.action().name(),
                r.action() == null ? null : r.action().label(locale), r.budget(), r.cut(), r.proposesRectification(),
                notices.get(r.evaluationId()))).toList();
        return new ResultsJson(year, organisationId, "YUAN", results.policy().cutPct(), results.policy().afterPoor().name(),
                projects, byAction, affected, cuts);
    }
}
