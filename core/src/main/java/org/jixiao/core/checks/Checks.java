package org.jixiao.core.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The re-check (复核): every check, the subset the {@code score} command shows, and running them. */
public final class Checks {

    private static final List<Check> ARITHMETIC = List.of(
            new ExecutionArithmetic(),
            new ExecutionIndicatorArithmetic(),
            new FundingSubRowsArithmetic(),
            new SubItemArithmetic(),
            new BudgetUseArithmetic(),
            new IndicatorScoreArithmetic(),
            new IndicatorSumArithmetic(),
            new TotalArithmetic(),
            new GradeArithmetic());

    /** What scoring alone cannot settle: the rows whose printed score had to be kept, and what was assumed. */
    private static final List<Check> SCORING_NOTES = List.of(
            new ActualMissingNoReason(),
            new ActualNotNumeric(),
            new ActualRestatesTarget(),
            new OperatorAssumed(),
            new GradeBandsUnset());

    private static final List<Check> REVIEW = List.of(
            new ActualBlankOnForm(), // only on forms being filled: the score command never scores one so
            new ExecutionAboveBudget(),
            new ExecutionBelowNeedsReason(),
            new WeightsNotSumming(),
            new ScoreAboveWeight(),
            new NegativeWeightOrScore(),
            new TargetMissing(),
            new QualitativeScoreOutsideTier(),
            new UnmetNoReason(),
            new OverAchievementUnexplained(),
            new ExactTargetExceeded(),
            new VagueTarget(),
            new Misclassified(),
            new ExecutionCountedTwice(),
            new FundsArrivalMismatch(),
            new IndicatorsChangedAtEvaluation(),
            new AdjustedAfterSubmission());

    private static final List<Check> ALL = concat(ARITHMETIC, SCORING_NOTES, REVIEW);
    private static final List<Check> FOR_SCORING = concat(ARITHMETIC, SCORING_NOTES);

    /** Table-level findings (the funding block, sums, total) first, then indicators in printed order. */
    private static final Comparator<Finding> BY_PLACE = Comparator.comparingInt(f -> f.place().indicatorIndex());

    private Checks() {
    }

    /** Every check of the re-check, in the order their findings are listed for one place. */
    public static List<Check> all() {
        return ALL;
    }

    /** What the {@code score} command shows beside a score: the ARITHMETIC_* checks, unscorable actuals, assumptions. */
    public static List<Check> forScoring() {
        return FOR_SCORING;
    }

    /** The notice in place of the findings of a check that failed on a table it did not expect. */
    public static final String CHECK_INCOMPLETE = "CHECK_INCOMPLETE";

    /**
     * Runs the checks; findings ordered by place (table first, then indicators in printed order), then check order.
     * A check that fails on a table it did not expect (a half-filled form, a damaged published table) adds none of
     * its findings but a notice that it could not finish, and the others run: every caller — command line, server,
     * bench — isolates a failing check this one way, and the user sees that a check is missing.
     */
    public static List<Finding> run(List<Check> checks, CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (Check check : checks) {
            List<Finding> found = new ArrayList<>();
            try {
                check.check(context, found);
                out.addAll(found);
            } catch (RuntimeException e) {
                out.add(Finding.of(CHECK_INCOMPLETE, Severity.NOTICE, Place.table(context.evaluation().line()),
                        check.getClass().getSimpleName(), e.getClass().getSimpleName()));
            }
        }
        out.sort(BY_PLACE); // stable: keeps check order within a place
        return out;
    }

    /** Every code any of the checks can raise ({@link #CHECK_INCOMPLETE} is {@link #run}'s own). */
    public static List<String> codes(List<Check> checks) {
        return checks.stream().flatMap(c -> c.codes().stream()).distinct().toList();
    }

    @SafeVarargs
    private static List<Check> concat(List<Check>... lists) {
        List<Check> all = new ArrayList<>();
        for (List<Check> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }
}
