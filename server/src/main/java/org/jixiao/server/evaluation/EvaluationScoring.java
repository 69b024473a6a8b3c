package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.assessment.Assessor;
import org.jixiao.core.assessment.Rechecks;
import org.jixiao.core.checks.LaterAdjustment;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.choice.SchemeEvidence;
import org.springframework.stereotype.Component;

/**
 * Every figure of an evaluation comes from the core's {@link Assessor}, under the evaluation's scheme. Every
 * evaluation here is a form whose figures jixiao makes, so it is assessed as a form: a blank actual scores nothing
 * (the printed score is kept only for published tables read by the command line).
 */
@Component
public class EvaluationScoring {
    private final Assessor assessor = new Assessor(Schemes.builtIn());

    /** The form as stored (or given), with no re-check. */
    public Scored score(SelfEvaluation form, String schemeId) {
        return score(form, schemeId, Rechecks.NONE);
    }

    /** The form as stored, standing at finance's re-check. */
    public Scored score(SelfEvaluation form, String schemeId, Rechecks rechecks) {
        return score(form, schemeId, rechecks, List.of());
    }

    /** The form as stored, standing at finance's re-check, with the adjustments of its goals approved after it was submitted. */
    public Scored score(SelfEvaluation form, String schemeId, Rechecks rechecks, List<LaterAdjustment> later) {
        return Scored.of(assessor.form(form, scheme(schemeId), rechecks, later));
    }

    /**
     * A form as it is being filled in: the figures the system computes stand where the printed table has them (as
     * they will once saved), so the findings speak of what the user typed, not of stale printed sums.
     */
    public Scored scoreFilledIn(SelfEvaluation form, String schemeId) {
        return Scored.of(assessor.formBeingFilled(form, scheme(schemeId)));
    }

    /**
     * The scheme a table read from a file is kept under: the one its evidence names among its layout's, as
     * {@code ./jixiao audit} chooses it, so the command line and the server score an imported table alike.
     */
    public String schemeOf(SelfEvaluation table, List<SchemeEvidence> evidence) {
        return assessor.choose(table, evidence, null).scheme().id();
    }

    public Scheme scheme(String id) {
        Schemes schemes = assessor.schemes();
        return id == null ? schemes.defaultScheme() : schemes.find(id).orElse(schemes.defaultScheme());
    }

    public boolean knows(String schemeId) {
        return assessor.schemes().find(schemeId).isPresent();
    }

    public List<Scheme> schemes() {
        return assessor.schemes().all();
    }

    public Assessor assessor() {
        return assessor;
    }
}
