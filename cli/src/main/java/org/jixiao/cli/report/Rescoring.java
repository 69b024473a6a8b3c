package org.jixiao.cli.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.core.scoring.Scheme;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.compare.SchemeComparison;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.office.TableFiles;

/** Reads files and scores every table under each of the schemes compared (what-if re-scoring). */
public final class Rescoring {
    private final TableFiles reader = new TableFiles();
    private final Schemes schemes;
    private final List<Scheme> compared;

    /** @throws IllegalArgumentException naming an unknown scheme id */
    public Rescoring(Schemes schemes, List<String> schemeIds) {
        this.schemes = schemes;
        this.compared = schemeIds.stream().map(schemes::get).toList();
    }

    public List<String> schemeIds() {
        return compared.stream().map(Scheme::id).toList();
    }

    /** One table under every scheme compared. */
    public record Table(int index, SelfEvaluation evaluation, SchemeComparison comparison) {
    }

    /** What came of one file. */
    public record File(String path, List<Table> tables, List<ReadProblem> errors) {
        public boolean isRead() {
            return !tables.isEmpty() && errors.isEmpty();
        }
    }

    /** Never throws: what cannot be read becomes the file's error, so a batch goes on. */
    public File rescore(Path path) {
        ReadResult read;
        try {
            read = Assessor.read(reader, path);
        } catch (RuntimeException e) {
            read = Assessor.refused(path, "read.failed", e);
        }
        List<Table> tables = new ArrayList<>(read.tables().size());
        for (ReadTable t : read.tables()) {
            tables.add(new Table(t.index(), t.evaluation(), SchemeComparison.of(t.evaluation(), compared, schemes)));
        }
        return new File(read.source(), tables, read.allProblems());
    }
}
