package org.jixiao.formats.text;

/**
 * Something the reader could not read, with where it is and what was done about it, in Chinese and English.
 *
 * @param source the file
 * @param line   the 1-based line, 0 for the file as a whole
 * @param zh     the message in Chinese
 * @param en     the message in English
 */
public record ReadProblem(String source, int line, String zh, String en) {

    /** "file:line: 中文 / English" */
    public String message() {
        return zh + " / " + en;
    }

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + message();
    }
}
