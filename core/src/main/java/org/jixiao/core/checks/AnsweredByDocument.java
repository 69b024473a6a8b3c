package org.jixiao.core.checks;

import java.util.Set;

/**
 * The findings a document on file answers (佐证材料): the approval of a change of indicators (批准的目标调整), the evidence
 * of an over-achievement, and of an indicator not reported. Such a finding stops standing once a file is attached to
 * its indicator row — or, for a changed set of indicators, to the table as a whole.
 */
public final class AnsweredByDocument {
    /** Stands, among the rows with a file, for a file on the whole table. */
    public static final int TABLE = -1;

    private static final Set<String> ASKING = Set.of(IndicatorsChangedAtEvaluation.CODE, OverAchievementUnexplained.CODE,
            ActualMissingNoReason.CODE);

    private AnsweredByDocument() {
    }

    /** Whether a document answers a finding of this kind (a form offers to attach one beside it). */
    public static boolean asksForOne(Finding f) {
        return ASKING.contains(f.code());
    }

    /**
     * Whether the files on file answer the finding.
     *
     * @param rowsWithFiles the indicator rows (0-based) with a file, {@link #TABLE} for a file on the whole table
     */
    public static boolean answers(Set<Integer> rowsWithFiles, Finding f) {
        if (!asksForOne(f)) {
            return false;
        }
        boolean tableWide = f.code().equals(IndicatorsChangedAtEvaluation.CODE) && rowsWithFiles.contains(TABLE);
        return f.place().isIndicator() ? rowsWithFiles.contains(f.place().indicatorIndex()) || tableWide : tableWide;
    }
}
