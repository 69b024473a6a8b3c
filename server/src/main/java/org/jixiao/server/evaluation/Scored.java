package org.jixiao.server.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.core.assessment.AssessedTable;
import org.jixiao.core.assessment.Assessment;
import org.jixiao.core.checks.AnsweredByDocument;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;

/**
 * The core's assessment of a stored or typed form, its findings placeable on the row each concerns: an indicator row,
 * a funding row, or the table as a whole; the findings a file on file answers set aside as {@link #satisfied()}.
 *
 * @param fundingRows the labels of the scored form's funding rows, in order: the checks name a funding row by its
 *                    label, so this is how a finding finds its row
 * @param satisfied   the findings that ask for a document and have one (佐证材料), no longer standing
 */
public record Scored(Assessment assessment, List<String> fundingRows, List<Finding> satisfied) {

    public Scored {
        fundingRows = List.copyOf(fundingRows);
        satisfied = satisfied == null ? List.of() : List.copyOf(satisfied);
    }

    static Scored of(Assessment assessment) {
        return new Scored(assessment, assessment.table().funding().rows().stream()
                .map(r -> r.label() == null ? r.kind().label() : r.label()).toList(), List.of());
    }

    /** The figures the API and the bulk-import report print, with the findings that stand, in {@code locale}. */
    public AssessedTable assessed(Locale locale) {
        return AssessedTable.of(assessment, findings(), locale);
    }

    public ScoreSheet sheet() {
        return assessment.sheet();
    }

    public Scheme scheme() {
        return assessment.scheme();
    }

    /** The findings that stand: the assessment's, less those a file answers. */
    public List<Finding> findings() {
        return satisfied.isEmpty() ? assessment.findings()
                : assessment.findings().stream().filter(f -> !satisfied.contains(f)).toList();
    }

    /** What the table stands at: finance's re-checked total and grade once it re-checked the table, else the sheet's. */
    public FinalResult result() {
        return assessment.result();
    }

    /** The form with jixiao's figures where the printed form has them: what a save stores. */
    public SelfEvaluation withComputedFigures() {
        return assessment.withComputedFigures();
    }

    /**
     * The findings a file on file answers moved from {@link #findings()} to {@link #satisfied()}: they no longer stand
     * in the way of 送审 and are shown as answered.
     *
     * @param rowsWithFiles the indicator rows with a file; {@link EvidenceRows#TABLE} for a file on the whole table
     */
    public Scored withEvidence(Set<Integer> rowsWithFiles) {
        if (rowsWithFiles.isEmpty()) {
            return this;
        }
        List<Finding> answered = new ArrayList<>(satisfied);
        for (Finding f : findings()) {
            if (AnsweredByDocument.answers(rowsWithFiles, f)) {
                answered.add(f);
            }
        }
        return answered.size() == satisfied.size() ? this : new Scored(assessment, fundingRows, answered);
    }

    /** Whether a finding of this code is one a document answers (the form offers to attach one beside it). */
    public static boolean asksForADocument(Finding f) {
        return AnsweredByDocument.asksForOne(f);
    }

    /** The findings on one indicator row. */
    public List<Finding> findingsOf(int indicatorIndex) {
        return findings().stream().filter(f -> f.place().indicatorIndex() == indicatorIndex).toList();
    }

    /** The findings on one row of the funding block. */
    public List<Finding> fundingFindingsOf(int row) {
        if (row < 0 || row >= fundingRows.size()) {
            return List.of();
        }
        String label = fundingRows.get(row);
        return findings().stream().filter(f -> !f.place().isIndicator() && label.equals(f.place().row())).toList();
    }

    /** The findings on the table as a whole: neither on an indicator nor on a funding row. */
    public List<Finding> tableFindings() {
        return findings().stream().filter(f -> !f.place().isIndicator() && !onFundingRow(f.place())).toList();
    }

    private boolean onFundingRow(Place place) {
        return place.row() != null && fundingRows.contains(place.row());
    }
}
