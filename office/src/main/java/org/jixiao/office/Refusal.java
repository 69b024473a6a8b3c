package org.jixiao.office;

import java.util.List;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;

/** A file refused whole, with why in Chinese and English: nothing of it is returned. */
public final class Refusal {
    private Refusal() {
    }

    /** Refused for one of office's messages ({@code key} in org/jixiao/office/messages*.properties), in both languages. */
    public static ReadResult because(String source, String key, Object... args) {
        return of(source, List.of(problem(source, 0, key, args)));
    }

    /** A problem of office's messages, carried in both languages for the reader to show in theirs. */
    public static ReadProblem problem(String source, int line, String key, Object... args) {
        return new ReadProblem(source, line, OfficeMessages.MESSAGES.zh(key, args), OfficeMessages.MESSAGES.en(key, args));
    }

    /** Refused with why as rendered by the caller (from its own bundle) in Chinese and English. */
    public static ReadResult of(String source, String zh, String en) {
        return of(source, List.of(new ReadProblem(source, 0, zh, en)));
    }

    public static ReadResult of(String source, List<ReadProblem> problems) {
        return new ReadResult(source, List.of(), problems);
    }
}
