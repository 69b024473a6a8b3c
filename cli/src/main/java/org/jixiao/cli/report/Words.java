package org.jixiao.cli.report;

import java.math.BigDecimal;
import java.util.Locale;
import org.jixiao.cli.CliMessages;
import org.jixiao.core.text.Messages;

/** The reports' words in the reader's language (the cli's bundle), and how they show a figure or a name the table does not give. */
final class Words {
    private final Locale locale;
    private final boolean en;

    Words(Locale locale) {
        this.en = Messages.english(locale);
        this.locale = en ? Messages.EN : Messages.ZH;
    }

    boolean en() {
        return en;
    }

    /** The message {@code key} of org/jixiao/cli/messages*.properties in the reader's language. */
    String t(String key, Object... args) {
        return CliMessages.MESSAGES.get(locale, key, args);
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
