package org.jixiao.server.recheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.evaluation.CurrencyUnit;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.server.evaluation.EvaluationStatus;

/**
 * One table of the 复核 list. Scores are the scheme's (already rounded once by the scorer); the rate and the
 * amounts, converted to the list's unit, are rounded HALF_UP to 2 decimals here, once.
 *
 * @param selfTotal      the total as printed (the unit's self score)
 * @param recomputedTotal the total the rules give
 * @param recheckedTotal the total after the finance re-check, null when nothing was re-checked
 * @param gap            |selfTotal − (recheckedTotal, else recomputedTotal)|
 * @param findings       code, severity and indicator of each finding, for filtering and the API
 */
public record RecheckRow(long id, Integer year, String project, String department, String unit, String organisation,
                         EvaluationStatus status, BigDecimal selfTotal, BigDecimal recomputedTotal,
                         BigDecimal recheckedTotal, BigDecimal gap, String printedGrade, String grade, BigDecimal ratePct,
                         int errors, int warnings, int notices, int unmet, BigDecimal budget, BigDecimal executed,
                         CurrencyUnit amountUnit, List<FindingRef> findings) {

    /** Where a finding is, without its message: what a list needs to filter and count. */
    public record FindingRef(String code, Severity severity, String indicator) {
    }

    static RecheckRow of(Assessed a, CurrencyUnit unit) {
        SelfEvaluation form = a.stored().form();
        ScoreSheet sheet = a.scored().sheet();
        List<Finding> found = a.scored().findings();
        TableAmounts amounts = a.amounts().in(unit);
        return new RecheckRow(a.stored().id(), form.header().year(), form.header().project(), form.header().department(),
                form.header().unit(), a.stored().organisationName(), a.stored().status(), a.selfTotal(), sheet.total(), a.recheckedTotal(),
                a.gap(), form.reportedGrade(), sheet.grade(),
                two(a.ratePct()), count(found, Severity.ERROR), count(found, Severity.WARNING), count(found, Severity.NOTICE),
                a.unmet(), two(amounts.budget()), two(amounts.executed()), unit,
                found.stream().map(f -> new FindingRef(f.code(), f.severity(), f.place().indicator())).toList());
    }

    boolean admittedBy(RecheckQuery q) {
        return !q.filters() || findings.stream().anyMatch(f -> q.admits(f.code(), f.severity()));
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    static BigDecimal two(BigDecimal d) {
        return d == null ? null : d.setScale(2, RoundingMode.HALF_UP);
    }
}
