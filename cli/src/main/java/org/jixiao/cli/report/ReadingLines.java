package org.jixiao.cli.report;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.formats.text.ReadProblem;

/**
 * What the reader made of a table and of a file, one line each, as {@code score} and {@code audit} print them: per
 * table what it could not read (with the lines), and per file how many tables, indicators, inferred fields and
 * skipped rows.
 */
final class ReadingLines {
    /** Past this many, a table's line names the first ones and counts the rest. */
    private static final int NAMED = 3;

    private final Words w;

    ReadingLines(Words w) {
        this.w = w;
    }

    /** One line on what the table's reading left out; null when it read whole with nothing inferred. */
    String table(ScoredTable t) {
        if (t.problems().isEmpty() && t.inferences().isEmpty() && t.skippedRows() == 0 && t.scored()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!t.scored()) {
            parts.add(w.t("reading.declaration"));
        }
        if (!t.problems().isEmpty()) {
            List<String> named = new ArrayList<>();
            for (int k = 0; k < t.problems().size() && k < NAMED; k++) {
                ReadProblem p = t.problems().get(k);
                String text = w.en() ? p.en() : p.zh();
                named.add(p.line() > 0 ? w.t("reading.at_line", p.line(), text) : text);
            }
            String more = t.problems().size() > NAMED ? w.t("reading.more") : "";
            parts.add(w.t("reading.not_read", t.problems().size(), String.join(w.t("reading.problem_separator"), named), more));
        }
        if (!t.inferences().isEmpty()) {
            parts.add(w.t("reading.inferred", t.inferences().size()));
        }
        if (t.skippedRows() > 0) {
            parts.add(w.t("reading.skipped", t.skippedRows()));
        }
        return w.t("reading.table", t.index(), String.join(w.t("reading.separator"), parts));
    }

    /** The file's summary: tables, indicators, fields inferred, rows skipped, problems. */
    String file(FileReport f) {
        int indicators = 0;
        int inferred = 0;
        int skipped = 0;
        int declarations = 0;
        for (ScoredTable t : f.tables()) {
            indicators += t.evaluation().indicators().size();
            inferred += t.inferences().size();
            skipped += t.skippedRows();
            declarations += t.scored() ? 0 : 1;
        }
        return w.t("reading.file", f.path(), f.tables().size(), declarations, indicators, inferred, skipped, f.errors().size());
    }
}
