package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.server.evaluation.EvaluationStatus;

/**
 * One table of the 复核 list, from its stored figures. Scores are the scheme's (already rounded once by the scorer);
 * the rate and the amounts, converted to the list's unit, are rounded HALF_UP to 2 decimals, once.
 *
 * @param selfTotal      the total as printed (the unit's self score)
 * @param recomputedTotal the total the rules give
 * @param recheckedTotal the total after the finance re-check, null when nothing was re-checked
 * @param gap            |selfTotal − (recheckedTotal, else recomputedTotal)|
 * @param findings       the findings per code and severity, for the API and the export
 */
public record RecheckRow(long id, Integer year, String project, String department, String unit, String organisation,
                         EvaluationStatus status, BigDecimal selfTotal, BigDecimal recomputedTotal,
                         BigDecimal recheckedTotal, BigDecimal gap, String printedGrade, String grade, BigDecimal ratePct,
                         int errors, int warnings, int notices, int unmet, BigDecimal budget, BigDecimal executed,
                         CurrencyUnit amountUnit, List<FindingRef> findings) {

    /** How often a finding of one code and severity was raised on the table: what a list needs to filter and count. */
    public record FindingRef(String code, Severity severity, int count) {
    }

    RecheckRow withFindings(List<FindingRef> found) {
        return new RecheckRow(id, year, project, department, unit, organisation, status, selfTotal, recomputedTotal,
                recheckedTotal, gap, printedGrade, grade, ratePct, errors, warnings, notices, unmet, budget, executed,
                amountUnit, found);
    }

    static BigDecimal two(BigDecimal d) {
        return d == null ? null : d.setScale(2, RoundingMode.HALF_UP);
    }
}
