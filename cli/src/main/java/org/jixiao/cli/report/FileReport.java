package org.jixiao.cli.report;

import java.util.List;
import org.jixiao.formats.text.ReadProblem;

/** What came of one file: its scored tables, and what could not be read (file-level and per table). */
public record FileReport(String path, List<ScoredTable> tables, List<ReadProblem> errors) {

    /** True when the file was read whole: at least one table and no problem. */
    public boolean isRead() {
        return !tables.isEmpty() && errors.isEmpty();
    }
}
