package org.jixiao.core.assessment;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.FinalResult;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.core.scoring.choice.SchemeChoice;

/**
 * Everything jixiao derives from one self-evaluation (like a delivery derived from its history): the scheme it is
 * scored under and why, the score sheet, every finding of the checks, and the total and grade it stands at — finance's
 * re-check where there is one. The command line, the server, the exports and the bench read their figures from here.
 *
 * @param table    the table as assessed (for a form being filled, with the computed figures written in)
 * @param findings ordered by place, a check that could not finish as a notice ({@link org.jixiao.core.checks.Checks#run})
 */
public record Assessment(SelfEvaluation table, SchemeChoice choice, ScoreSheet sheet, List<Finding> findings,
                         FinalResult result) {

    public Assessment {
        findings = List.copyOf(findings);
    }

    public Scheme scheme() {
        return choice.scheme();
    }

    /** The table with jixiao's figures where the printed form has them: what a save of a form stores. */
    public SelfEvaluation withComputedFigures() {
        return ComputedFigures.writtenInto(table, sheet);
    }
}
