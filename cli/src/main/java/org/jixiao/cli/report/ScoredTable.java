package org.jixiao.cli.report;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.assessment.AssessedTable;
import org.jixiao.core.assessment.Assessment;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.ScoreSheet;
import org.jixiao.core.scoring.choice.SchemeChoice;
import org.jixiao.formats.text.Inference;
import org.jixiao.formats.text.ReadProblem;

/**
 * One table as read and assessed by the core (scored under its scheme, chosen by the table's evidence or asked for,
 * and checked); with what the reader inferred and the rows it skipped. A declaration of goals (绩效目标申报表) is
 * listed with its indicators but not scored: {@link #scored()} is false.
 *
 * @param findings the assessment's findings, those on a line whose fields the reader inferred made notices
 */
public record ScoredTable(int index, Assessment assessment, List<Finding> findings, List<ReadProblem> problems,
                          List<Inference> inferences, int skippedRows) {

    public ScoredTable {
        findings = List.copyOf(findings);
    }

    public SelfEvaluation evaluation() {
        return assessment.table();
    }

    public Scheme scheme() {
        return assessment.scheme();
    }

    public ScoreSheet sheet() {
        return assessment.sheet();
    }

    public SchemeChoice choice() {
        return assessment.choice();
    }

    /** False for a declaration: it has no actuals, so nothing to score. */
    public boolean scored() {
        return evaluation().header().kind() != Header.Kind.DECLARATION;
    }

    /** The figures every output of a scored table prints, in {@code locale}. */
    public AssessedTable assessed(Locale locale) {
        return AssessedTable.of(assessment, findings, locale);
    }
}
