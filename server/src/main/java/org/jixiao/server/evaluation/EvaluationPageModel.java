package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.FundingRow;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.office.table.OfficialTables;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Policies;
import org.jixiao.server.table.OfficialTableView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the form page shows besides the form itself: scores, findings, review steps, history, choices. */
@Component
public class EvaluationPageModel {
    private final EvaluationService evaluations;
    private final AuditTrail audit;
    private final List<EvaluationPagePart> parts;
    private final EvaluationOrigins origins;

    EvaluationPageModel(EvaluationService evaluations, AuditTrail audit, List<EvaluationPagePart> parts,
                        EvaluationOrigins origins) {
        this.evaluations = evaluations;
        this.audit = audit;
        this.parts = parts;
        this.origins = origins;
    }

    public void fill(Model model, StoredEvaluation stored, EvaluationForm form, Scored typed, CurrentUser user, String tab) {
        Scored scored = evaluations.withEvidence(stored.id(), typed);
        model.addAttribute("e", stored);
        model.addAttribute("form", form);
        model.addAttribute("scored", scored);
        FinalResult result = scored.result();
        model.addAttribute("finalResult", result);
        model.addAttribute("recheckResult", result); // the finance form's running total starts from what is stored
        boolean editable = evaluations.mayEdit(stored, user);
        model.addAttribute("editable", editable);
        // reviewers and finance see the scheme a table is scored by, in words; a filler fills the form, not a scheme
        model.addAttribute("showScheme", Policies.REVIEWS.decide(user).allowed());
        if (!editable) {
            model.addAttribute("officialTable", OfficialTableView.of(OfficialTables.of(stored.form(), result,
                    origins.originalTargets(stored.id()))));
        }
        model.addAttribute("tab", List.of("form", "review", "history").contains(tab) ? tab : "form");
        model.addAttribute("history", "history".equals(tab) ? audit.history(stored.id()) : List.of());
        model.addAttribute("operators", Operator.values());
        model.addAttribute("actualStatuses", ActualStatus.values());
        model.addAttribute("currencies", CurrencyUnit.values());
        model.addAttribute("fundingKinds", FundingRow.Kind.values());
        model.addAttribute("unitChoices", EvaluationFormController.units());
        model.addAttribute("tiers", scored.scheme().qualitativeTiers());
        // made from an approved declaration: its link, the original (年初) targets, the locked columns
        EvaluationOrigins.Origin origin = origins.of(stored.id()).orElse(null);
        model.addAttribute("origin", origin);
        model.addAttribute("locked", origin != null);
        // every other feature's part of the page, once the form itself is filled in
        parts.forEach(p -> p.fill(model, stored, user));
    }
}
