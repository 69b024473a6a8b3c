package org.jixiao.cli.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up on a terminal, where a Chinese character takes two cells. */
final class Columns {
    private final List<String[]> rows = new ArrayList<>();
    private final int[] maxWidth;

    Columns(int... maxWidth) {
        this.maxWidth = maxWidth;
    }

    void add(String... cells) {
        rows.add(cells);
    }

    String render() {
        int n = maxWidth.length;
        int[] w = new int[n];
        for (String[] r : rows) {
            for (int c = 0; c < n && c < r.length; c++) {
                w[c] = Math.max(w[c], Math.min(width(fit(r[c], maxWidth[c])), maxWidth[c]));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < n && c < r.length; c++) {
                String cell = fit(r[c], maxWidth[c]);
                line.append(cell);
                if (c < n - 1) {
                    line.append(" ".repeat(w[c] - width(cell) + 2));
                }
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** Cuts a cell to a display width, marking the cut with "…". */
    static String fit(String s, int max) {
        if (s == null) {
            return "";
        }
        if (width(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            int cw = width(s.charAt(i));
            if (w + cw > max - 1) {
                break;
            }
            b.append(s.charAt(i));
            w += cw;
        }
        return b.append('…').toString();
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += width(s.charAt(i));
        }
        return w;
    }

    private static int width(char c) {
        return (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
    }
}
