package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.assessment.Assessment;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;

/**
 * The core's assessment of a stored or typed form, its findings placeable on the row each concerns: an indicator row,
 * a funding row, or the table as a whole.
 *
 * @param fundingRows the labels of the scored form's funding rows, in order: the checks name a funding row by its
 *                    label, so this is how a finding finds its row
 */
public record Scored(Assessment assessment, List<String> fundingRows) {

    public Scored {
        fundingRows = List.copyOf(fundingRows);
    }

    static Scored of(Assessment assessment) {
        return new Scored(assessment, assessment.table().funding().rows().stream()
                .map(r -> r.label() == null ? r.kind().label() : r.label()).toList());
    }

    public ScoreSheet sheet() {
        return assessment.sheet();
    }

    public Scheme scheme() {
        return assessment.scheme();
    }

    public List<Finding> findings() {
        return assessment.findings();
    }

    /** What the table stands at: finance's re-checked total and grade once it re-checked the table, else the sheet's. */
    public FinalResult result() {
        return assessment.result();
    }

    /** The form with jixiao's figures where the printed form has them: what a save stores. */
    public SelfEvaluation withComputedFigures() {
        return assessment.withComputedFigures();
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
