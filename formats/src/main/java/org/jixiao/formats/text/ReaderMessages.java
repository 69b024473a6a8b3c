package org.jixiao.formats.text;

import org.jixiao.core.text.Messages;

/**
 * The reader's messages (org/jixiao/formats/messages*.properties): what it could not read and what it inferred, each
 * kept in both languages on the {@link ReadProblem} or {@link Inference} and shown in the reader's.
 */
public final class ReaderMessages {
    public static final Messages MESSAGES = new Messages("org.jixiao.formats.messages");

    private ReaderMessages() {
    }

    static ReadProblem problem(String source, int line, String key, Object... args) {
        return new ReadProblem(source, line, MESSAGES.zh(key, args), MESSAGES.en(key, args));
    }

    static Inference inference(int line, String field, String value, String key, Object... args) {
        return new Inference(line, field, value, MESSAGES.zh(key, args), MESSAGES.en(key, args));
    }
}
