package org.jixiao.core.results;

import java.util.Locale;
import org.jixiao.core.text.Messages;

/**
 * Whether a project may be declared for the next year, given how its last year ended (lifecycle §5): refused where
 * the last year needed a self-evaluation and none was approved; blocked (or warned, by the policy) after a year whose
 * action suspends the funding; warned after a cut. A project with no record of last year is not refused.
 */
public final class NextDeclarationGate {

    public enum Verdict { ALLOWED, WARNED, BLOCKED }

    /** The verdict and its reason in both languages ("" where allowed). */
    public record Outcome(Verdict verdict, String zh, String en) {
        public String reason(Locale locale) {
            return "zh".equals(locale.getLanguage()) ? zh : en;
        }
    }

    /** How the project's last year stands in the records. */
    public enum LastYear { NO_RECORD, EVALUATION_MISSING, GRADED }

    private NextDeclarationGate() {
    }

    /**
     * @param lastYear   what the records hold of the project's last year
     * @param finalGrade the final grade of the last year (re-check first) where {@code lastYear} is GRADED
     * @param year       the last year, for the reason
     */
    public static Outcome judge(ResultsPolicy policy, LastYear lastYear, String finalGrade, int year) {
        if (lastYear == LastYear.EVALUATION_MISSING) {
            return outcome(Verdict.BLOCKED, "gate.evaluation_missing", year);
        }
        ResultsPolicy.Decision d = lastYear == LastYear.GRADED ? policy.decide(finalGrade, null) : null;
        if (d == null) {
            return new Outcome(Verdict.ALLOWED, "", "");
        }
        if (d.action() == BudgetAction.SUSPEND) {
            Verdict v = policy.afterPoor() == ResultsPolicy.Gate.BLOCK ? Verdict.BLOCKED : Verdict.WARNED;
            return outcome(v, "gate.suspended", year, finalGrade);
        }
        if (d.action() == BudgetAction.CUT) {
            return outcome(Verdict.WARNED, "gate.cut", year, finalGrade, policy.cutPct());
        }
        return new Outcome(Verdict.ALLOWED, "", "");
    }

    private static Outcome outcome(Verdict verdict, String key, Object... args) {
        return new Outcome(verdict, Messages.CORE.zh(key, args), Messages.CORE.en(key, args));
    }
}
