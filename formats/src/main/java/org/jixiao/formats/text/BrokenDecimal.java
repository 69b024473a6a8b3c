package org.jixiao.formats.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure broken at its decimal point by a space ("535. 50535.50100%": 535.50 | 535.50 | 100%), as OCR and some PDF
 * extractions leave a cell's figures. A number never ends in its point, so the space is a candidate for a break inside
 * the figure; it is closed only where the figures after it, joined, read as the table's own arithmetic bears out —
 * amounts and a rate that executed ÷ budget gives, or an amount printed twice (budget and executed) — and the join is
 * then marked inferred. Elsewhere ("1. 2023年…", a list's numbering) the text stays as printed.
 */
final class BrokenDecimal {
    private static final Pattern BREAK = Pattern.compile("(\\d+)\\.[ \\u3000]+(?=\\d)");
    /** The figures run together from the break on: digits and points, up to a percent sign where there is one. */
    private static final Pattern RUN = Pattern.compile("^[\\d.]+[%％]?");

    private BrokenDecimal() {
    }

    /** The text with every break the arithmetic bears out closed; the same string when there is none. */
    static String join(String s) {
        if (s.indexOf(". ") < 0 && s.indexOf(".\u3000") < 0) {
            return s; // the common case: no point before a space
        }
        Matcher m = BREAK.matcher(s);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            int spaceEnd = m.end();
            String joined = m.group(1) + "." + run(s, spaceEnd);
            if (!checksOut(joined)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, copied, m.start()).append(m.group(1)).append('.');
            copied = spaceEnd;
        }
        return out == null ? s : out.append(s.substring(copied)).toString();
    }

    private static String run(String s, int from) {
        Matcher r = RUN.matcher(s.substring(from, Math.min(s.length(), from + 40)));
        return r.find() ? r.group() : "";
    }

    /** The joined figures read as amounts and their rate, or as one amount twice; a lone number with two decimals too. */
    static boolean checksOut(String joined) {
        if (joined.endsWith("%") || joined.endsWith("％")) {
            return GluedFigures.amountsAndRate(joined) != null;
        }
        int half = joined.length() / 2;
        if (joined.length() % 2 == 0 && joined.substring(0, half).equals(joined.substring(half))) {
            return GluedFigures.wellFormed(joined.substring(0, half));
        }
        return false;
    }
}
