package org.jixiao.core.text;

import java.math.BigDecimal;

/**
 * Reads numbers as tables print them: thousands separators, full-width digits, a trailing % and
 * dashes for "nothing". Fast enough for the reader's hot path: no regular expressions.
 */
public final class Numbers {
    private Numbers() {
    }

    /** True for the marks published tables use for an empty amount. */
    public static boolean isBlankMark(String s) {
        if (s == null) {
            return true;
        }
        String t = s.strip();
        return t.isEmpty() || t.equals("—") || t.equals("-") || t.equals("--") || t.equals("——") || t.equals("/")
                || t.equals("－") || t.equals("－－") || t.equals("／") || t.equals("―");
    }

    /**
     * The decimal value of a cell that holds a number and nothing else (a trailing % or ％ is allowed
     * and dropped: "99.31" and "99.31%" both read 99.31). Null when the cell holds anything else.
     */
    public static BigDecimal parse(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end > start && (s.charAt(end - 1) == '%' || s.charAt(end - 1) == '％')) {
            end--;
            while (end > start && isSpace(s.charAt(end - 1))) {
                end--;
            }
        }
        return parseRange(s, start, end);
    }

    /** Parses s[start, end) as a plain decimal; null when it is not one. */
    public static BigDecimal parseRange(String s, int start, int end) {
        if (start >= end) {
            return null;
        }
        char[] buf = new char[end - start];
        int n = 0;
        boolean digits = false;
        boolean dot = false;
        int groupDigits = -1; // digits since the last thousands separator, -1 when none seen
        for (int i = start; i < end; i++) {
            char c = ascii(s.charAt(i));
            if (c >= '0' && c <= '9') {
                buf[n++] = c;
                digits = true;
                if (groupDigits >= 0 && !dot) {
                    groupDigits++;
                }
            } else if (c == '.' && !dot) {
                if (groupDigits >= 0 && groupDigits != 3) {
                    return null;
                }
                dot = true;
                buf[n++] = c;
            } else if (c == ',' && !dot && digits) {
                if (groupDigits >= 0 && groupDigits != 3) {
                    return null;
                }
                groupDigits = 0;
            } else if ((c == '-' || c == '+') && n == 0 && !digits) {
                if (c == '-') {
                    buf[n++] = c;
                }
            } else {
                return null;
            }
        }
        if (!digits || (groupDigits >= 0 && !dot && groupDigits != 3)) {
            return null;
        }
        if (buf[n - 1] == '.') {
            n--;
        }
        return new BigDecimal(buf, 0, n);
    }

    /** Maps full-width digits and punctuation to ASCII. */
    public static char ascii(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        switch (c) {
            case '．':
            case '。':
                return '.';
            case '，':
            case '、':
                return ',';
            case '－':
            case '−':
                return '-';
            case '＋':
                return '+';
            default:
                return c;
        }
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\r' || c == '\n';
    }
}
