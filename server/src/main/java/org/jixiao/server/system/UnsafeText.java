package org.jixiao.server.system;

/**
 * Text no field may hold: NUL, which PostgreSQL refuses in text and which cuts C strings, and UTF-16 surrogates
 * without their pair, which no UTF-8 can carry — strict JSON parsers refuse a document that echoes them.
 */
public final class UnsafeText {
    private UnsafeText() {
    }

    public static boolean isUnsafe(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == 0) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
                    k++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text without its NUL characters and lone surrogates, to show the user what was kept of their typing. */
    public static String withoutUnsafe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c != 0 && !(c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
