package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything read from one file: its tables and what could not be read.
 *
 * @param source   the file
 * @param tables   the tables, in order
 * @param problems problems of the file as a whole (empty, binary, no table found)
 */
public record ReadResult(String source, List<ReadTable> tables, List<ReadProblem> problems) {
    public ReadResult {
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }

    /** The file's problems and those of each table, in line order. */
    public List<ReadProblem> allProblems() {
        List<ReadProblem> all = new ArrayList<>(problems);
        for (ReadTable t : tables) {
            all.addAll(t.problems());
        }
        all.sort(java.util.Comparator.comparingInt(ReadProblem::line));
        return all;
    }

    /** True when the file held at least one table and nothing that could not be read. */
    public boolean isClean() {
        return !tables.isEmpty() && allProblems().isEmpty();
    }
}
