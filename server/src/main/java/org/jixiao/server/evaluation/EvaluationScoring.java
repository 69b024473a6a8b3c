package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.ScoreSheet;
import org.springframework.stereotype.Component;

/**
 * The one source of truth for every figure: the core's scorer and re-check findings, under the evaluation's scheme.
 * Every evaluation here is a form whose figures jixiao makes, so it is scored as a form being filled: a blank
 * actual scores nothing (the printed score is kept only by the readers of published tables).
 */
@Component
public class EvaluationScoring {
    private final Schemes schemes = Schemes.builtIn();
    private final FindingSource findings;

    public EvaluationScoring(FindingSource findings) {
        this.findings = findings;
    }

    public Scored score(SelfEvaluation form, String schemeId) {
        Scheme scheme = scheme(schemeId);
        ScoreSheet sheet = schemes.formScorer(scheme).score(form);
        return Scored.of(sheet, scheme, findings.find(form, sheet, scheme), form);
    }

    /**
     * Scores a form as it is being filled in: the figures the system computes stand where the printed table has
     * them (as they will once saved), so the findings speak of what the user typed, not of stale printed sums.
     */
    public Scored scoreFilledIn(SelfEvaluation form, String schemeId) {
        Scheme scheme = scheme(schemeId);
        ScoreSheet sheet = schemes.formScorer(scheme).score(form);
        SelfEvaluation filled = FormMapper.withComputedFigures(form, sheet);
        return Scored.of(sheet, scheme, findings.find(filled, sheet, scheme), filled);
    }

    public Scheme scheme(String id) {
        return id == null ? schemes.defaultScheme() : schemes.find(id).orElse(schemes.defaultScheme());
    }

    public boolean knows(String schemeId) {
        return schemes.find(schemeId).isPresent();
    }

    public List<Scheme> schemes() {
        return schemes.all();
    }
}
