package org.jixiao.formats.text;

import java.util.List;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.choice.SchemeEvidence;

/**
 * One table read from a file.
 *
 * @param index       1-based position in the file
 * @param evaluation  what was read
 * @param problems    what could not be read in this table
 * @param inferences  the fields the reader inferred rather than read as printed
 * @param skippedRows rows inside the table left out as no part of it (placeholders, page marks, boilerplate)
 * @param evidence    what the table says about the scheme it was filled under, for choosing it
 * @param declaration the table read as a 绩效目标申报表: its indicators and what only a declaration prints (年度目标,
 *                    中期目标, 项目期, funding by label); what `check-goals` checks, whatever the table's kind
 */
public record ReadTable(int index, SelfEvaluation evaluation, List<ReadProblem> problems, List<Inference> inferences,
                        int skippedRows, List<SchemeEvidence> evidence, Declaration declaration) {
    public ReadTable {
        problems = List.copyOf(problems);
        inferences = inferences == null ? List.of() : List.copyOf(inferences);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        declaration = declaration == null ? Declaration.ofPrintedTable(evaluation) : declaration;
    }

    public ReadTable(int index, SelfEvaluation evaluation, List<ReadProblem> problems, List<Inference> inferences,
                     int skippedRows, List<SchemeEvidence> evidence) {
        this(index, evaluation, problems, inferences, skippedRows, evidence, null);
    }

    public ReadTable(int index, SelfEvaluation evaluation, List<ReadProblem> problems) {
        this(index, evaluation, problems, List.of(), 0, List.of());
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
