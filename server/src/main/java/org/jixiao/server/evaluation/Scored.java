package org.jixiao.server.evaluation;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;

/** A score sheet with the scheme it was made under and the re-check findings. */
public record Scored(ScoreSheet sheet, Scheme scheme, List<Finding> findings) {

    public Scored {
        findings = List.copyOf(findings);
    }

    /** The findings on one indicator row. */
    public List<Finding> findingsOf(int indicatorIndex) {
        return findings.stream().filter(f -> f.place().indicatorIndex() == indicatorIndex).toList();
    }

    /** The findings on the table as a whole or its funding block. */
    public List<Finding> tableFindings() {
        return findings.stream().filter(f -> !f.place().isIndicator()).toList();
    }
}
