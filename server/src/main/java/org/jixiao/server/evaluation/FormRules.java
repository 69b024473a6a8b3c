package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.evaluation.ActualStatus;
import org.jixiao.core.evaluation.Operator;
import org.jixiao.server.evaluation.EvaluationForm.IndicatorForm;
import org.springframework.validation.Errors;

/** The rules a form must meet beyond single fields: a target for every quantitative row, a reason for every unreported one. */
public final class FormRules {
    private FormRules() {
    }

    public static void check(EvaluationForm form, Errors errors, EvaluationScoring scoring) {
        if (form.getSchemeId() != null && !form.getSchemeId().isBlank() && !scoring.knows(form.getSchemeId())) {
            errors.rejectValue("schemeId", "validation.unknownScheme");
        }
        List<IndicatorForm> rows = form.getIndicators();
        for (int k = 0; k < rows.size(); k++) {
            IndicatorForm i = rows.get(k);
            if (i == null) {
                continue;
            }
            String p = "indicators[" + k + "].";
            if (i.getOperator() != null && i.getOperator() != Operator.QUALITATIVE && i.getTargetValue() == null
                    && !errors.hasFieldErrors(p + "targetValue")) {
                errors.rejectValue(p + "targetValue", "validation.targetRequired");
            }
            if (i.getActualStatus() != null && i.getActualStatus() != ActualStatus.REPORTED
                    && (i.getActualReason() == null || i.getActualReason().isBlank())) {
                errors.rejectValue(p + "actualReason", "validation.reasonRequired");
            }
        }
    }

    /** Applies a row action of the indicator table: {@code add}, {@code remove:k}, {@code up:k}, {@code down:k}. */
    public static void applyRowAction(EvaluationForm form, String action) {
        List<IndicatorForm> rows = form.getIndicators();
        rows.removeIf(java.util.Objects::isNull);
        if (action == null) {
            return;
        }
        if (action.equals("add")) {
            if (rows.size() < 200) {
                IndicatorForm row = new IndicatorForm();
                IndicatorForm last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                row.setLevel1(last == null ? "产出指标" : last.getLevel1());
                row.setLevel2(last == null ? "数量指标" : last.getLevel2());
                rows.add(row);
            }
            return;
        }
        int colon = action.indexOf(':');
        if (colon < 0) {
            return;
        }
        int k;
        try {
            k = Integer.parseInt(action.substring(colon + 1));
        } catch (NumberFormatException e) {
            return;
        }
        if (k < 0 || k >= rows.size()) {
            return;
        }
        switch (action.substring(0, colon)) {
            case "remove" -> rows.remove(k);
            case "up" -> {
                if (k > 0) {
                    rows.add(k - 1, rows.remove(k));
                }
            }
            case "down" -> {
                if (k < rows.size() - 1) {
                    rows.add(k + 1, rows.remove(k));
                }
            }
            default -> {
            }
        }
    }
}
