package org.jixiao.formats.text;

/**
 * A field the text did not print plainly and the reader inferred: which reading it chose among the candidates, and
 * why (the table's own arithmetic, a repaired OCR slip …). A finding that rests on an inferred field is a notice,
 * not an error: the reading may be the reader's, not the table's.
 *
 * @param line      the 1-based source line
 * @param field     what was inferred ("分值", "全年执行数" …), as the form names it
 * @param value     the value chosen, as read
 * @param zh        why, in Chinese
 * @param en        why, in English
 */
public record Inference(int line, String field, String value, String zh, String en) {

    public String message() {
        return zh + " / " + en;
    }
}
