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
            parts.add(w.t("绩效目标申报表，列出指标，不评分", "a declaration of goals: indicators listed, not scored"));
        }
        if (!t.problems().isEmpty()) {
            List<String> named = new ArrayList<>();
            for (int k = 0; k < t.problems().size() && k < NAMED; k++) {
                ReadProblem p = t.problems().get(k);
                named.add((p.line() > 0 ? w.t("第 " + p.line() + " 行 ", "line " + p.line() + " ") : "") + (w.en() ? p.en() : p.zh()));
            }
            String more = t.problems().size() > NAMED ? w.t("等", " and more") : "";
            parts.add(w.t("未能读取 " + t.problems().size() + " 处（", t.problems().size() + " not read (")
                    + String.join(w.t("；", "; "), named) + more + w.t("）", ")"));
        }
        if (!t.inferences().isEmpty()) {
            parts.add(w.t("推断字段 " + t.inferences().size() + " 个", t.inferences().size() + " fields inferred"));
        }
        if (t.skippedRows() > 0) {
            parts.add(w.t("跳过 " + t.skippedRows() + " 行", t.skippedRows() + " rows skipped"));
        }
        return w.t("表 ", "table ") + t.index() + w.t("：", ": ") + String.join(w.t("，", ", "), parts);
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
        return f.path() + w.t("：表 ", ": ") + f.tables().size() + w.t("（其中申报表 " + declarations + "），指标 ",
                " tables (" + declarations + " declarations), ") + indicators + w.t("，推断字段 ", " indicators, ")
                + inferred + w.t("，跳过行 ", " fields inferred, ") + skipped + w.t("，未能读取 ", " rows skipped, ")
                + f.errors().size() + w.t(" 处", " not read");
    }
}
