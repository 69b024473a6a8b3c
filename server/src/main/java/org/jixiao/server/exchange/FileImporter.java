package org.jixiao.server.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jixiao.core.evaluation.Header;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.office.TableFiles;
import org.jixiao.server.audit.AuditSource;
import org.jixiao.server.audit.AuditTrail;
import org.jixiao.server.audit.Differences;
import org.jixiao.server.evaluation.EvaluationService;
import org.jixiao.server.evaluation.ImportMatches;
import org.jixiao.server.evaluation.StoredEvaluation;
import org.jixiao.server.exchange.ImportReport.Note;
import org.jixiao.server.exchange.ImportReport.TableOutcome;
import org.jixiao.server.org.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One file of a bulk import, in one transaction: each of its tables creates an evaluation, or updates the one of
 * the same project and year in the organisation while that is still a draft or returned (otherwise it is left
 * as it is and reported locked). A file that cannot be read, or fails while stored, leaves nothing behind.
 * Problems of single rows are reported beside what was stored, as the form shows them to be fixed.
 */
@Service
class FileImporter {
    private static final Logger log = LoggerFactory.getLogger(FileImporter.class);

    private final TableFiles files = new TableFiles();
    private final TransactionTemplate tx;
    private final EvaluationService evaluations;
    private final ImportMatches matches;
    private final Notes notes;

    FileImporter(PlatformTransactionManager transactions, EvaluationService evaluations, ImportMatches matches, Notes notes) {
        this.tx = new TransactionTemplate(transactions);
        this.evaluations = evaluations;
        this.matches = matches;
        this.notes = notes;
    }

    /**
     * Imports a file and hands its report to {@code record} in the same transaction as its tables (a failed file's
     * report in a transaction of its own): the report is kept if and only if what it reports was stored.
     */
    ImportReport.File importFile(Upload file, long organisationId, Integer defaultYear, CurrentUser user,
                                 Consumer<ImportReport.File> record) {
        ImportReport.File report = importFile(file, organisationId, defaultYear, user, stored -> {
            record.accept(stored);
            return stored;
        });
        if (report.outcome() == ImportReport.FileOutcome.FAILED) {
            tx.executeWithoutResult(s -> record.accept(report));
        }
        return report;
    }

    private ImportReport.File importFile(Upload file, long organisationId, Integer defaultYear, CurrentUser user,
                                         UnaryOperator<ImportReport.File> inTransaction) {
        ReadResult read;
        try {
            read = files.read(file.path());
        } catch (IOException | RuntimeException e) {
            log.warn("import: {} could not be read", file.name(), e);
            return ImportReport.File.failed(file.name(), List.of(notes.of(0, "import.unreadable")));
        }
        List<Note> problems = new ArrayList<>();
        for (ReadProblem p : read.allProblems()) {
            problems.add(new Note(p.line(), p.zh(), p.en()));
        }
        if (read.tables().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(notes.of(0, "import.noTables"));
            }
            return ImportReport.File.failed(file.name(), problems);
        }
        try {
            return tx.execute(s -> inTransaction.apply(new ImportReport.File(file.name(), ImportReport.FileOutcome.IMPORTED,
                    store(read, file.name(), organisationId, defaultYear, user), problems)));
        } catch (RuntimeException e) {
            log.warn("import: {} could not be stored", file.name(), e);
            problems.add(notes.of(0, "import.notStored"));
            return ImportReport.File.failed(file.name(), problems);
        }
    }

    private List<ImportReport.Table> store(ReadResult read, String name, long organisationId, Integer defaultYear,
                                           CurrentUser user) {
        List<ImportReport.Table> out = new ArrayList<>();
        for (ReadTable t : read.tables()) {
            SelfEvaluation e = asStored(t.evaluation().inYearIfNone(defaultYear));
            String scheme = evaluations.schemeOf(e, t.evidence());
            Optional<Long> match = matches.find(organisationId, e.header().project(), e.header().year(), user.scope());
            if (match.isEmpty()) {
                long id = evaluations.create(e, scheme, organisationId, user, AuditSource.IMPORT, name + " #" + t.index());
                out.add(reported(t, e, TableOutcome.CREATED, evaluations.get(id, user), Differences.between(null, e).size()));
                continue;
            }
            StoredEvaluation stored = evaluations.get(match.get(), user);
            if (!stored.status().isEditable()) {
                out.add(reported(t, e, TableOutcome.LOCKED, stored, 0));
                continue;
            }
            List<AuditTrail.Change> changes = Differences.between(stored.form(), e);
            if (changes.isEmpty()) {
                out.add(reported(t, e, TableOutcome.UNCHANGED, stored, 0));
                continue;
            }
            evaluations.save(stored.id(), stored.version(), e, scheme, user, AuditSource.IMPORT);
            out.add(reported(t, e, TableOutcome.UPDATED, evaluations.get(stored.id(), user), changes.size()));
        }
        return out;
    }

    /** A table's line of the report: what became of it, and the total, grade and findings it stands at as kept. */
    private ImportReport.Table reported(ReadTable t, SelfEvaluation imported, TableOutcome outcome, StoredEvaluation kept,
                                        int changes) {
        Header h = imported.header();
        return new ImportReport.Table(t.index(), h.project(), h.year(), outcome, kept.id(), changes,
                ImportReport.Assessed.of(evaluations.score(kept)));
    }

    /** What the database keeps of a table that names no currency unit (万元), so a re-import compares like with like. */
    private static SelfEvaluation asStored(SelfEvaluation e) {
        Header h = e.header();
        return h.currencyUnit() != null ? e : e.withHeader(h.withCurrencyUnit(h.amountUnit()));
    }
}
