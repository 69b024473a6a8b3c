package org.jixiao.cli.report;

import java.util.List;
import org.jixiao.core.evaluation.Header;
import org.jixiao.formats.text.Inference;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.core.scoring.choice.SchemeChoice;
import org.jixiao.formats.text.ReadProblem;

/**
 * One table as read, scored under its scheme (chosen by the table's evidence, or asked for), and checked; with what
 * the reader inferred and the rows it skipped. A declaration of goals (绩效目标申报表) is listed with its indicators
 * but not scored: {@link #scored()} is false.
 */
public record ScoredTable(int index, SelfEvaluation evaluation, Scheme scheme, ScoreSheet sheet, List<Finding> findings,
                          List<ReadProblem> problems, List<Inference> inferences, int skippedRows, SchemeChoice choice) {

    public ScoredTable(int index, SelfEvaluation evaluation, Scheme scheme, ScoreSheet sheet, List<Finding> findings,
                       List<ReadProblem> problems) {
        this(index, evaluation, scheme, sheet, findings, problems, List.of(), 0, SchemeChoice.overridden(scheme));
    }

    /** False for a declaration: it has no actuals, so nothing to score. */
    public boolean scored() {
        return evaluation.header().kind() != Header.Kind.DECLARATION;
    }
}
