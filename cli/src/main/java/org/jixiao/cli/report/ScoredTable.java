package org.jixiao.cli.report;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.core.scoring.choice.SchemeChoice;
import org.jixiao.formats.text.ReadProblem;

/** One table as read, scored under its scheme (chosen by the table's evidence, or asked for), and checked. */
public record ScoredTable(int index, SelfEvaluation evaluation, Scheme scheme, ScoreSheet sheet, List<Finding> findings,
                          List<ReadProblem> problems, SchemeChoice choice) {

    public ScoredTable(int index, SelfEvaluation evaluation, Scheme scheme, ScoreSheet sheet, List<Finding> findings,
                       List<ReadProblem> problems) {
        this(index, evaluation, scheme, sheet, findings, problems, SchemeChoice.overridden(scheme));
    }
}
