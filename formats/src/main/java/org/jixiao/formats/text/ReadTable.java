package org.jixiao.formats.text;

import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.choice.SchemeEvidence;

/**
 * One table read from a file.
 *
 * @param index      1-based position in the file
 * @param evaluation what was read
 * @param problems   what could not be read in this table
 * @param evidence   what the table says about the scheme it was filled under, for choosing it
 */
public record ReadTable(int index, SelfEvaluation evaluation, List<ReadProblem> problems, List<SchemeEvidence> evidence) {
    public ReadTable {
        problems = List.copyOf(problems);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public ReadTable(int index, SelfEvaluation evaluation, List<ReadProblem> problems) {
        this(index, evaluation, problems, List.of());
    }
}
