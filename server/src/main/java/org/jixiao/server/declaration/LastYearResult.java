package org.jixiao.server.declaration;

import java.math.BigDecimal;
import java.util.Locale;
import org.jixiao.core.results.BudgetAction;
import org.jixiao.core.results.NextDeclarationGate;

/**
 * What the declaration shows of the project's last year (lifecycle §5): the verdict on declaring it again with its
 * reason, and where last year was graded its final grade, score (re-check first), re-check gap and action.
 *
 * @param evaluationId the reviewed self-evaluation of last year, null where there is none
 * @param gap          self-evaluation total minus re-checked total, null before a re-check
 */
public record LastYearResult(NextDeclarationGate.Outcome outcome, int year, Long evaluationId, String grade,
                             BigDecimal total, BigDecimal gap, BudgetAction action) {

    public static LastYearResult allowed(int year) {
        return new LastYearResult(new NextDeclarationGate.Outcome(NextDeclarationGate.Verdict.ALLOWED, "", ""), year, null,
                null, null, null, null);
    }

    public NextDeclarationGate.Verdict verdict() {
        return outcome.verdict();
    }

    public String reason(Locale locale) {
        return outcome.reason(locale);
    }

    /** As the API gives it. */
    public record Json(int year, String verdict, String reason, Long evaluationId, String grade, BigDecimal total,
                       BigDecimal gap, String action) {
    }

    public Json json(Locale locale) {
        return new Json(year, verdict().name(), reason(locale), evaluationId, grade, total, gap,
                action == null ? null : action.name());
    }
}
