package org.jixiao.formats.text;

import java.util.regex.Pattern;

/**
 * Some forms number their indicators inside the name cell, "指标1：全县参合人数", "指标2:资金到位率": the numbering
 * is the form's, not the name's, and is taken off so the same indicator reads the same from year to year.
 */
final class NumberingPrefix {
    private static final Pattern PREFIX = Pattern.compile("^\\s*指标\\s*\\d{1,2}\\s*[:：]\\s*");

    private NumberingPrefix() {
    }

    static String strip(String name) {
        if (name == null || name.indexOf('指') < 0) {
            return name;
        }
        String s = PREFIX.matcher(name).replaceFirst("");
        return s.isEmpty() ? name : s;
    }
}
