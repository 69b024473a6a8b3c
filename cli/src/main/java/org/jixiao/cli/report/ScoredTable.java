package org.jixiao.cli.report;

import java.util.List;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.formats.text.ReadProblem;

/** One table as read, scored under its scheme, and checked. */
public record ScoredTable(int index, SelfEvaluation evaluation, Scheme scheme, ScoreSheet sheet, List<Finding> findings,
                          List<ReadProblem> problems) {
}
