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

    void add(int line, String zh, String en) {
        list.add(new ReadProblem(source, line, zh, en));
    }

    void inferred(int line, String field, String value, String zh, String en) {
        inferences.add(new Inference(line, field, value, zh, en));
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
