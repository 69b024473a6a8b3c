package org.jixiao.formats.text;

import java.util.ArrayList;
import java.util.List;

/** Collects what could not be read, with the file and line. */
final class Problems {
    private final String source;
    private final List<ReadProblem> list = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void add(int line, String zh, String en) {
        list.add(new ReadProblem(source, line, zh, en));
    }

    List<ReadProblem> list() {
        return list;
    }
}
