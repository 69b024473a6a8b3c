package org.jixiao.cli.report;

import java.util.Locale;
import org.jixiao.cli.CliMessages;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Place;

/** A finding as one line of text, and where it is in words: the indicator, the row / column, or the whole table. */
final class FindingLine {
    private FindingLine() {
    }

    static String of(Finding f, Locale locale) {
        return "  [" + f.severity().label() + "] " + f.code() + "  " + place(f.place(), locale) + "  " + f.message(locale);
    }

    static String place(Place p, Locale locale) {
        if (p.indicator() != null) {
            return p.indicator();
        }
        if (p.row() != null) {
            return p.row() + (p.column() == null ? "" : " / " + p.column());
        }
        return CliMessages.MESSAGES.get(locale, "finding.whole_table");
    }
}
