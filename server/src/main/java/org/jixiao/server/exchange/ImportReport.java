package org.jixiao.server.exchange;

import java.util.List;

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

    /** A table of a file and what became of it; {@code changes} counts the values the audit trail recorded. */
    public record Table(int index, String project, Integer year, TableOutcome outcome, Long evaluationId, int changes) {
    }

    public record File(String name, FileOutcome outcome, List<Table> tables, List<Note> notes) {
        public File {
            tables = List.copyOf(tables);
            notes = List.copyOf(notes);
        }

        static File failed(String name, List<Note> notes) {
            return new File(name, FileOutcome.FAILED, List.of(), notes);
        }
    }
}
