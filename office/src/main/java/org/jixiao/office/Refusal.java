package org.jixiao.office;

import java.util.List;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;

/** A file refused whole, with why in Chinese and English: nothing of it is returned. */
public final class Refusal {
    private Refusal() {
    }

    public static ReadResult of(String source, String zh, String en) {
        return of(source, List.of(new ReadProblem(source, 0, zh, en)));
    }

    public static ReadResult of(String source, List<ReadProblem> problems) {
        return new ReadResult(source, List.of(), problems);
    }
}
