package org.jixiao.cli.report;

import static org.jixiao.cli.CliMessages.MESSAGES;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.assessment.Assessment;
import org.jixiao.core.checks.Check;
import org.jixiao.core.checks.Checks;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.checks.Severity;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.choice.SchemeChoice;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.office.Refusal;
import org.jixiao.office.TableFiles;

/**
 * Reads files and has the core assess each table as published ({@link org.jixiao.core.assessment.Assessor}), under
 * the scheme its evidence names or the one asked for, with the command's checks.
 */
public final class Assessor {
    private final TableFiles reader = new TableFiles();
    private final Schemes schemes;
    private final String schemeOverride;
    private final List<Check> checks;
    private final org.jixiao.core.assessment.Assessor core;

    public Assessor(Schemes schemes, String schemeOverride, List<Check> checks) {
        this.schemes = schemes;
        this.schemeOverride = schemeOverride;
        this.checks = checks;
        this.core = new org.jixiao.core.assessment.Assessor(schemes);
        if (schemeOverride != null) {
            schemes.get(schemeOverride); // fail early on an unknown id
        }
    }

    public static Assessor forScoring(Schemes schemes, String schemeOverride) {
        return new Assessor(schemes, schemeOverride, Checks.forScoring());
    }

    public static Assessor forAudit(Schemes schemes, String schemeOverride) {
        return new Assessor(schemes, schemeOverride, Checks.all());
    }

    /** Never throws: what cannot be read or checked becomes the file's error, so a batch goes on. */
    public FileReport assess(Path file) {
        try {
            return assess(read(reader, file));
        } catch (RuntimeException e) {
            return assess(refused(file, "read.failed_checking", e));
        }
    }

    /**
     * The file's tables, or, when it cannot be opened (missing, unreadable), that as its only problem: every
     * command that reads files reports such a file by name and goes on with the others.
     */
    public static ReadResult read(TableFiles reader, Path file) {
        try {
            return reader.read(file);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? MESSAGES.bothEnglishFirst("read.no_such_file") : e.toString();
            return refused(file, "read.cannot_read", why);
        }
    }

    /** The file refused with one of the cli's messages, in both languages for the report to show in the reader's. */
    static ReadResult refused(Path file, String key, Object... args) {
        return Refusal.of(file.toString(), MESSAGES.zh(key, args), MESSAGES.en(key, args));
    }

    public FileReport assess(ReadResult read) {
        List<ScoredTable> tables = new ArrayList<>(read.tables().size());
        for (ReadTable t : read.tables()) {
            tables.add(assess(t));
        }
        return new FileReport(read.source(), tables, read.allProblems());
    }

    public ScoredTable assess(ReadTable table) {
        return assess(table, choose(table));
    }

    /** The table under the scheme its evidence names, or the one asked for with --scheme. */
    public SchemeChoice choose(ReadTable table) {
        return core.choose(table.evaluation(), table.evidence(), schemeOverride);
    }

    /** The table scored and checked under the chosen scheme. */
    public ScoredTable assess(ReadTable table, SchemeChoice choice) {
        Assessment a = core.published(table.evaluation(), choice, checks);
        return new ScoredTable(table.index(), a, onInferred(a.findings(), table), table.problems(), table.inferences(),
                table.skippedRows());
    }

    /** A finding on a row whose fields the reader inferred may be the reader's, not the table's: a notice. */
    private static List<Finding> onInferred(List<Finding> findings, ReadTable table) {
        if (table.inferences().isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean inferred = f.severity() != Severity.NOTICE && table.inferredAt(f.place().line());
            out.add(inferred ? new Finding(f.code(), f.variant(), Severity.NOTICE, f.place(), f.args()) : f);
        }
        return out;
    }
}
