package org.jixiao.core.text;

import java.text.Normalizer;

/** Text as compared by the rules: full-width forms folded, all white space removed. */
public final class Text {
    /**
     * Per BMP character, whether NFKC may change it or what follows it: 0 not yet known, 1 stable, 2 not. Filled
     * on first sight (racy writes of the same value are harmless), so start-up pays only for the characters seen.
     */
    private static final byte[] NFKC_STABLE = new byte[Character.MAX_VALUE + 1];

    private Text() {
    }

    /**
     * The comparison key of a label or name: NFKC, no white space. "年度 总体 目标" → "年度总体目标". Most cells are
     * ASCII, CJK ideographs and full-width ASCII forms, which are folded here without the normaliser; only a string
     * holding some other compatibility character or a combining mark goes through NFKC.
     */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        char[] out = null;
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char k;
            if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF)) {
                k = c <= ' ' && isSpace(c) ? 0 : c;
            } else if (c >= 0xFF01 && c <= 0xFF5E) {
                k = (char) (c - 0xFEE0); // the full-width ASCII forms: NFKC maps each to its ASCII character
            } else if (isSpace(c)) {
                k = 0;
            } else if (isNfkcStable(c)) {
                k = c;
            } else {
                return withoutSpace(Normalizer.normalize(s, Normalizer.Form.NFKC));
            }
            if (k != c && out == null) {
                out = new char[n];
                s.getChars(0, i, out, 0);
                len = i;
            }
            if (out != null && k != 0) {
                out[len++] = k;
            }
        }
        return out == null ? s : new String(out, 0, len);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * True when NFKC leaves the character as it is and it cannot combine with its neighbours: not a mark, not a
     * conjoining Hangul jamo, not half of a surrogate pair.
     */
    static boolean isNfkcStable(char c) {
        byte known = NFKC_STABLE[c];
        if (known == 0) {
            int type = Character.getType(c);
            boolean stable = type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && type != Character.SURROGATE && (c < 0x1100 || c > 0x11FF)
                    && Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC);
            known = stable ? (byte) 1 : (byte) 2;
            NFKC_STABLE[c] = known;
        }
        return known == 1;
    }

    private static String withoutSpace(String n) {
        StringBuilder b = null;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isSpace(c)) {
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
}
