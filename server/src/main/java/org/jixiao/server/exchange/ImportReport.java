package org.jixiao.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jixiao.server.evaluation.EvaluationJson;
import org.jixiao.server.evaluation.Scored;

/** What a bulk import did, file by file and table by table, with every problem in Chinese and English. */
public final class ImportReport {
    private ImportReport() {
    }

    /** What happened to a file. */
    public enum FileOutcome { IMPORTED, FAILED }

    /** What happened to one table of a file. */
    public enum TableOutcome { CREATED, UPDATED, UNCHANGED, LOCKED }

    /**
     * A problem: {@code line} 0 for the file as a whole.
     */
    public record Note(int line, String zh, String en) {
        /** "第 5 行：…" or "row 5: …"; a workbook's problems name their sheet and row themselves. */
        public String text(String language) {
            if ("en".equals(language)) {
                return line > 0 && !en.contains("row " + line) ? "row " + line + ": " + en : en;
            }
            return line > 0 && !zh.contains("第 " + line + " 行") ? "第 " + line + " 行：" + zh : zh;
        }
    }

    /**
     * A table of a file and what became of it; {@code changes} counts the values the audit trail recorded. The
     * {@code score} and {@code findings} are those the API shows for the evaluation as kept.
     */
    public record Table(int index, String project, Integer year, TableOutcome outcome, Long evaluationId, int changes,
                        EvaluationJson.Score score, List<Finding> findings) {

        Table(int index, String project, Integer year, TableOutcome outcome, Long evaluationId, int changes,
              Assessed assessed) {
            this(index, project, year, outcome, evaluationId, changes, assessed.score(), assessed.findings());
        }
    }

    /**
     * A finding of an imported table, as the API's ({@code severity} the enum name, {@code indicatorIndex} -1 for the
     * table) with its message in both languages, since the report is read later, in either.
     */
    public record Finding(String code, String severity, int indicatorIndex, String zh, String en) {
    }

    /** The score and findings of an imported table, from the one assessment the API prints. */
    record Assessed(EvaluationJson.Score score, List<Finding> findings) {
        static Assessed of(Scored scored) {
            return new Assessed(EvaluationJson.Score.of(scored.assessed(Locale.CHINESE)), ImportReport.findings(scored.findings()));
        }
    }

    /**
     * A monitoring table of a file (one sheet) and what became of its report: {@code outcome} UPDATED, UNCHANGED or
     * LOCKED; {@code changes} the values the audit trail recorded; the light and findings of the report as kept.
     */
    public record Monitored(String sheet, long reportId, String project, int year, int month, TableOutcome outcome,
                            int changes, String light, List<Finding> findings) {
    }

    /** A file: its self-evaluation tables, or (a monitoring import) its monitoring tables, and its problems. */
    public record File(String name, FileOutcome outcome, List<Table> tables, List<Note> notes, List<Monitored> monitored) {
        public File {
            tables = tables == null ? List.of() : List.copyOf(tables);
            notes = notes == null ? List.of() : List.copyOf(notes);
            monitored = monitored == null ? List.of() : List.copyOf(monitored);
        }

        public File(String name, FileOutcome outcome, List<Table> tables, List<Note> notes) {
            this(name, outcome, tables, notes, List.of());
        }

        static File failed(String name, List<Note> notes) {
            return new File(name, FileOutcome.FAILED, List.of(), notes);
        }
    }

    static List<Finding> findings(List<org.jixiao.core.checks.Finding> found) {
        List<Finding> out = new ArrayList<>(found.size());
        for (org.jixiao.core.checks.Finding f : found) {
            out.add(new Finding(f.code(), f.severity().name(), f.place().indicatorIndex(), f.message(Locale.CHINESE),
                    f.message(Locale.ENGLISH)));
        }
        return out;
    }
}
