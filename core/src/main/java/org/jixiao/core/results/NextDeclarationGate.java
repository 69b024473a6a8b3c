package org.jixiao.core.results;

import java.util.Locale;

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
            return new Outcome(Verdict.BLOCKED, year + " 年度须开展绩效自评，但没有审核通过的自评表，不能申报下一年度",
                    "the " + year + " self-evaluation this project needed was never approved: it cannot be declared for the next year");
        }
        ResultsPolicy.Decision d = lastYear == LastYear.GRADED ? policy.decide(finalGrade, null) : null;
        if (d == null) {
            return new Outcome(Verdict.ALLOWED, "", "");
        }
        if (d.action() == BudgetAction.SUSPEND) {
            Verdict v = policy.afterPoor() == ResultsPolicy.Gate.BLOCK ? Verdict.BLOCKED : Verdict.WARNED;
            return new Outcome(v, year + " 年度绩效评价等级为“" + finalGrade + "”，按结果应用规定取消或暂停下一年度资金",
                    "the " + year + " performance grade is " + finalGrade + ": by the results policy next year's funding is cancelled or suspended");
        }
        if (d.action() == BudgetAction.CUT) {
            return new Outcome(Verdict.WARNED, year + " 年度绩效评价等级为“" + finalGrade + "”，预算核减 " + policy.cutPct().toPlainString()
                    + "%；再次评为“" + finalGrade + "”将影响资金安排",
                    "the " + year + " performance grade is " + finalGrade + ": the budget is cut by " + policy.cutPct().toPlainString()
                    + "%, and a second " + finalGrade + " puts the funding at risk");
        }
        return new Outcome(Verdict.ALLOWED, "", "");
    }
}
