package org.jixiao.formats.text;

import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;

/**
 * One table read from a file.
 *
 * @param index      1-based position in the file
 * @param evaluation what was read
 * @param problems   what could not be read in this table
 */
public record ReadTable(int index, SelfEvaluation evaluation, List<ReadProblem> problems) {
    public ReadTable {
        problems = List.copyOf(problems);
    }
}
