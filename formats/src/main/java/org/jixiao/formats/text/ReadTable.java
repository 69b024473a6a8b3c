package org.jixiao.formats.text;

import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * One table read from a file.
 *
 * @param index       1-based position in the file
 * @param evaluation  what was read
 * @param problems    what could not be read in this table
 * @param inferences  the fields the reader inferred rather than read as printed
 * @param skippedRows rows inside the table left out as no part of it (placeholders, page marks, boilerplate)
 */
public record ReadTable(int index, SelfEvaluation evaluation, List<ReadProblem> problems, List<Inference> inferences,
                        int skippedRows) {
    public ReadTable {
        problems = List.copyOf(problems);
        inferences = List.copyOf(inferences);
    }

    public ReadTable(int index, SelfEvaluation evaluation, List<ReadProblem> problems) {
        this(index, evaluation, problems, List.of(), 0);
    }

    /** The lines of the source whose fields were inferred. */
    public boolean inferredAt(int line) {
        for (Inference i : inferences) {
            if (i.line() == line) {
                return true;
            }
        }
        return false;
    }
}
