package org.jixiao.office.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell's text broken into the lines its width holds, measured by the font's advance widths. Whitespace runs are one
 * space, as the HTML rendering printed them. Chinese text breaks between any two characters; a run of Latin letters
 * and digits (a word, a figure such as 2077.604168) breaks at the space before it, and only inside itself when it is
 * wider than the line. A line broken at a space keeps it at its end, invisibly: the text read back from the page then
 * joins the lines as they were written. Closing punctuation does not start a line. Characters the font cannot draw
 * are left out.
 */
final class TextLines {
    private final ChineseFont font;

    TextLines(ChineseFont font) {
        this.font = font;
    }

    /** The lines of {@code text} at {@code size} points in {@code width} points; none for a blank text. */
    List<String> of(String text, float size, float width) throws IOException {
        String t = drawable(text);
        List<String> lines = new ArrayList<>(2);
        if (t.isEmpty()) {
            return lines;
        }
        float limit = width * 1000f / size;
        int start = 0;
        int lastBreak = -1;
        float used = 0;
        float atBreak = 0;
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == ' ') {
                lastBreak = next;
                used += font.advance(font.glyph(cp));
                atBreak = used;
                i = next;
                continue;
            }
            float w = font.advance(font.glyph(cp));
            if (!isWordChar(cp) || i > start && !isWordChar(t.codePointBefore(i))) {
                lastBreak = i;
                atBreak = used;
            }
            if (used + w > limit && i > start) {
                int cut = lastBreak > start ? lastBreak : i;
                if (cut > start + 1 && cut < t.length() && NO_LINE_START.indexOf(t.charAt(cut)) >= 0) {
                    cut = t.offsetByCodePoints(cut, -1); // a comma never starts a line: the character before it goes too
                    atBreak = width(t.substring(start, cut));
                }
                lines.add(t.substring(start, cut));
                used = cut == i ? 0 : used - atBreak;
                start = cut;
                lastBreak = -1;
                atBreak = 0;
                continue;
            }
            used += w;
            i = next;
        }
        lines.add(t.substring(start));
        return lines;
    }

    /** The width of a line in points, spaces at its end not counted. */
    float width(String line, float size) throws IOException {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        float w = 0;
        for (int i = 0; i < end; ) {
            int cp = line.codePointAt(i);
            w += font.advance(font.glyph(cp));
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /** The text with whitespace runs as one space, trimmed, and only what the font draws. */
    private String drawable(String text) throws IOException {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
            } else if (font.glyph(cp) != 0) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Closing punctuation, which Chinese typesetting never puts at the start of a line. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〉”’,.;:?!)%";

    private float width(String s) throws IOException {
        return width(s, 1000f);
    }

    private static boolean isWordChar(int cp) {
        return cp < 0x3000 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == ',' || cp == '%' || cp == '-');
    }
}
