package org.jixiao.server.common;

import java.util.Locale;

/**
 * A search for words anywhere in a column, as SQL {@code LOWER(column) LIKE :p ESCAPE '\'} takes it: case-insensitive,
 * and the words' own % and _ literal, so that "100%" finds "100%" and not everything after "100".
 */
public final class ContainsPattern {
    /** What follows {@code LIKE :p} in the query. */
    public static final String ESCAPE = " ESCAPE '\\'";

    private ContainsPattern() {
    }

    public static String of(String words) {
        String s = words.strip().toLowerCase(Locale.ROOT);
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
