package org.jixiao.server;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.server.evaluation.EvaluationForm;
import org.jixiao.server.evaluation.FormMapper;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The fields a browser posts for an evaluation's form, to be changed one by one by a test. */
final class FormParams {
    private final Map<String, String> values = new LinkedHashMap<>();

    static FormParams of(StoredEvaluation stored) {
        return of(FormMapper.toForm(stored));
    }

    /** The fields of a form as a browser posts it, each row with the identity it carries (where it has one). */
    static FormParams of(EvaluationForm f) {
        FormParams p = new FormParams();
        p.put("version", String.valueOf(f.getVersion()));
        p.put("schemeId", f.getSchemeId());
        p.put("project", f.getProject());
        p.put("department", f.getDepartment());
        p.put("unit", f.getUnit());
        p.put("year", f.getYear() == null ? "" : f.getYear().toString());
        p.put("currencyUnit", f.getCurrencyUnit().name());
        p.put("fundingWeight", text(f.getFundingWeight()));
        for (int k = 0; k < f.getFundingRows().size(); k++) {
            var r = f.getFundingRows().get(k);
            String x = "fundingRows[" + k + "].";
            p.put(x + "kind", r.getKind().name());
            p.put(x + "label", r.getLabel());
            p.put(x + "initial", text(r.getInitial()));
            p.put(x + "annual", text(r.getAnnual()));
            p.put(x + "executed", text(r.getExecuted()));
        }
        p.put("goalsDeclared", f.getGoalsDeclared());
        p.put("goalsAchieved", f.getGoalsAchieved());
        p.put("notes", f.getNotes());
        for (int k = 0; k < f.getIndicators().size(); k++) {
            var i = f.getIndicators().get(k);
            String x = "indicators[" + k + "].";
            if (i.getKey() != null) {
                p.put(x + "key", i.getKey().toString());
            }
            p.put(x + "level1", i.getLevel1());
            p.put(x + "level2", i.getLevel2());
            p.put(x + "name", i.getName());
            p.put(x + "operator", i.getOperator().name());
            p.put(x + "targetValue", text(i.getTargetValue()));
            p.put(x + "targetUnit", i.getTargetUnit());
            p.put(x + "targetText", i.getTargetText());
            p.put(x + "actualStatus", i.getActualStatus().name());
            p.put(x + "actual", i.getActual());
            p.put(x + "actualReason", i.getActualReason());
            p.put(x + "weight", text(i.getWeight()));
            p.put(x + "score", text(i.getScore()));
            p.put(x + "deviationReason", i.getDeviationReason());
        }
        if (f.getBudgetUse() != null) {
            var u = f.getBudgetUse();
            p.put("budgetUse.initial", text(u.getInitial()));
            p.put("budgetUse.adjustment", text(u.getAdjustment()));
            p.put("budgetUse.allocated", text(u.getAllocated()));
            p.put("budgetUse.unallocatedBalance", text(u.getUnallocatedBalance()));
            p.put("budgetUse.unallocatedRecovered", text(u.getUnallocatedRecovered()));
            p.put("budgetUse.paid", text(u.getPaid()));
            p.put("budgetUse.carryOverTotal", text(u.getCarryOverTotal()));
            p.put("budgetUse.carriedForward", text(u.getCarriedForward()));
            p.put("budgetUse.recovered", text(u.getRecovered()));
            for (int k = 0; k < f.getSubItems().size(); k++) {
                var s = f.getSubItems().get(k);
                p.put("subItems[" + k + "].name", s.getName());
                p.put("subItems[" + k + "].budget", text(s.getBudget()));
                p.put("subItems[" + k + "].actual", text(s.getActual()));
            }
        }
        return p;
    }

    FormParams put(String name, String value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    MockHttpServletRequestBuilder into(MockHttpServletRequestBuilder request) {
        values.forEach(request::param);
        return request;
    }

    private static String text(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }
}
