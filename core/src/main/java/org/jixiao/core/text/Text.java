package org.jixiao.core.text;

import java.text.Normalizer;

/** Text as compared by the rules: full-width forms folded, all white space removed. */
public final class Text {
    private Text() {
    }

    /** The comparison key of a label or name: NFKC, no white space. "年度 总体 目标" → "年度总体目标". */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String n = isPlain(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (b == null) {
                    b = new StringBuilder(n.length()).append(n, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? n : b.toString();
    }

    /** Collapses runs of white space to one space and trims: text as it should be shown. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** True when NFKC would leave s unchanged for our purposes (no full-width or compatibility forms). */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\uFF00' && c <= '\uFFEF') || c == '\u3000' || (c >= '\u2460' && c <= '\u24FF')) {
                return false;
            }
        }
        return true;
    }
}
