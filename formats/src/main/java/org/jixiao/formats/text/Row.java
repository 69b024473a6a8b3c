package org.jixiao.formats.text;

import java.util.List;
import org.jixiao.core.text.Numbers;
import org.jixiao.core.text.Text;

/**
 * One row of a table as extracted: its source line and its cells (as printed, trimmed). Every row is looked at by
 * several parts of the reader (header? funding label? title?), so each cell's comparison key is made once, on first
 * use, and kept.
 */
final class Row {
    private final int line;
    private final List<String> cells;
    private final String[] keys;
    private String joinedKey;
    private final boolean whole;

    Row(int line, List<String> cells) {
        this(line, cells, false);
    }

    /**
     * @param whole a row a step rebuilt cell by cell (a CSV record, a sheet's row under a header of the step's
     *              making): its cells stand in the header's columns, in order, and it is a row of its own even with
     *              no figures (no part of a name broken over lines)
     */
    Row(int line, List<String> cells, boolean whole) {
        this.line = line;
        this.cells = cells;
        this.keys = new String[cells.size()];
        this.whole = whole;
    }

    boolean whole() {
        return whole;
    }

    int line() {
        return line;
    }

    List<String> cells() {
        return cells;
    }

    int size() {
        return cells.size();
    }

    String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    String key(int i) {
        if (i < 0 || i >= keys.length) {
            return "";
        }
        String k = keys[i];
        if (k == null) {
            k = Text.key(cells.get(i));
            keys[i] = k;
        }
        return k;
    }

    boolean isBlank() {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row's text with all cells joined, as a comparison key. */
    String joinedKey() {
        if (joinedKey == null) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < keys.length; i++) {
                b.append(key(i));
            }
            joinedKey = b.toString();
        }
        return joinedKey;
    }

    /** Index of the first cell whose key starts with one of the labels, -1 when none. */
    int find(String... labels) {
        for (int i = 0; i < cells.size(); i++) {
            String k = key(i);
            for (String l : labels) {
                if (k.startsWith(l)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Index of the first cell whose key contains the text, -1 when none. */
    int findContaining(String text) {
        for (int i = 0; i < cells.size(); i++) {
            if (key(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The first non-blank cell after {@code i}, "" when none. */
    String nextValue(int i) {
        for (int j = i + 1; j < cells.size(); j++) {
            if (!cells.get(j).isBlank()) {
                return cells.get(j).strip();
            }
        }
        return "";
    }

    int nonBlankCount() {
        int n = 0;
        for (String c : cells) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    int numberCount() {
        int n = 0;
        for (String c : cells) {
            if (Numbers.parse(c) != null) {
                n++;
            }
        }
        return n;
    }
}
