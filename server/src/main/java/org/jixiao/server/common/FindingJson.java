package org.jixiao.server.common;

import java.util.Locale;
import org.jixiao.core.assessment.AssessedTable;
import org.jixiao.core.checks.Finding;

/**
 * A finding as every API answer gives it (an evaluation's, a declaration's, a refused submission's): its code, its
 * severity as the enum name, the indicator it is on (-1 for the table) and its message in the caller's language.
 */
public record FindingJson(String code, String severity, int indicatorIndex, String message) {
    public static FindingJson of(Finding f, Locale locale) {
        return new FindingJson(f.code(), f.severity().name(), f.place().indicatorIndex(), f.message(locale));
    }

    /** A finding of an assessed table, its message already in the caller's language. */
    public static FindingJson of(AssessedTable.StandingFinding f) {
        return new FindingJson(f.code(), f.severity().name(), f.place().indicatorIndex(), f.message());
    }
}
