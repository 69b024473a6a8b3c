package org.jixiao.cli.report;

import java.math.BigDecimal;
import java.util.Locale;

/** The reports' two languages, and how they show a figure or a name the table does not give. */
final class Words {
    private final boolean en;

    Words(Locale locale) {
        this.en = locale.getLanguage().equals("en");
    }

    boolean en() {
        return en;
    }

    String t(String zh, String english) {
        return en ? english : zh;
    }

    static String plain(BigDecimal v) {
        return v == null ? "—" : v.toPlainString();
    }

    /** A rate in percent, or a dash when there is none. */
    static String percent(BigDecimal pct) {
        return pct == null ? "—" : pct.toPlainString() + "%";
    }

    static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
