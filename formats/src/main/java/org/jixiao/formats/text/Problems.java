package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;

/** Collects what could not be read, with the file and line, what was inferred, and the rows skipped. */
final class Problems {
    private final String source;
    private final List<ReadProblem> list = new ArrayList<>();
    private final List<Inference> inferences = new ArrayList<>();
    private int skippedRows;

    Problems(String source) {
        this.source = source;
    }

    /** A problem at the line: a key of the reader's bundle with its arguments. */
    void add(int line, String key, Object... args) {
        list.add(ReaderMessages.problem(source, line, key, args));
    }

    /** A field inferred at the line, why given by a key of the reader's bundle. */
    void inferred(int line, String field, String value, String key, Object... args) {
        inferences.add(ReaderMessages.inference(line, field, value, key, args));
    }

    /** An inference made before the table was known (in cutting its lines), now the table's. */
    void inferred(Inference inference) {
        inferences.add(inference);
    }

    void skipped() {
        skippedRows++;
    }

    List<ReadProblem> list() {
        return list;
    }

    List<Inference> inferences() {
        return inferences;
    }

    int skippedRows() {
        return skippedRows;
    }
}
