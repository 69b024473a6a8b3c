package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;

/**
 * A score sheet with the scheme it was made under and the re-check findings, each placeable on the row it
 * concerns: an indicator row, a funding row, or the table as a whole.
 *
 * @param fundingRows the labels of the scored form's funding rows, in order: the checks name a funding row by its
 *                    label, so this is how a finding finds its row
 */
public record Scored(ScoreSheet sheet, Scheme scheme, List<Finding> findings, List<String> fundingRows) {

    public Scored {
        findings = List.copyOf(findings);
        fundingRows = List.copyOf(fundingRows);
    }

    static Scored of(ScoreSheet sheet, Scheme scheme, List<Finding> findings, SelfEvaluation form) {
        return new Scored(sheet, scheme, findings, form.funding().rows().stream()
                .map(r -> r.label() == null ? r.kind().label() : r.label()).toList());
    }

    /** The findings on one indicator row. */
    public List<Finding> findingsOf(int indicatorIndex) {
        return findings.stream().filter(f -> f.place().indicatorIndex() == indicatorIndex).toList();
    }

    /** The findings on one row of the funding block. */
    public List<Finding> fundingFindingsOf(int row) {
        if (row < 0 || row >= fundingRows.size()) {
            return List.of();
        }
        String label = fundingRows.get(row);
        return findings.stream().filter(f -> !f.place().isIndicator() && label.equals(f.place().row())).toList();
    }

    /** The findings on the table as a whole: neither on an indicator nor on a funding row. */
    public List<Finding> tableFindings() {
        return findings.stream().filter(f -> !f.place().isIndicator() && !onFundingRow(f.place())).toList();
    }

    private boolean onFundingRow(Place place) {
        return place.row() != null && fundingRows.contains(place.row());
    }
}
