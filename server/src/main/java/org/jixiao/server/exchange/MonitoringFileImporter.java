package org.jixiao.server.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.office.TableFiles;
import org.jixiao.office.xlsx.MonitoringWorkbookReader;
import org.jixiao.server.common.ExchangeException;
import org.jixiao.server.common.ForbiddenException;
import org.jixiao.server.common.LockedEvaluationException;
import org.jixiao.server.document.DocumentConflictException;
import org.jixiao.server.monitoring.MonitoringImports;
import org.jixiao.server.org.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One file of a bulk import of filled monitoring tables, in one transaction: the workbook read back
 * ({@link MonitoringWorkbookReader}), each of its sheets applied to its report ({@link MonitoringImports}) with its
 * report kept in the same transaction. A file that cannot be read, a sheet that matches no report the person may
 * fill, or anything failing while stored, leaves nothing of the file behind; the rest of the batch goes on.
 */
@Service
class MonitoringFileImporter {
    private static final Logger log = LoggerFactory.getLogger(MonitoringFileImporter.class);

    private final MonitoringWorkbookReader reader = new MonitoringWorkbookReader();
    private final TransactionTemplate tx;
    private final MonitoringImports imports;
    private final Notes notes;

    MonitoringFileImporter(PlatformTransactionManager transactions, MonitoringImports imports, Notes notes) {
        this.tx = new TransactionTemplate(transactions);
        this.imports = imports;
        this.notes = notes;
    }

    /** Imports a file and hands its report to {@code record} in the transaction of what it reports. */
    ImportReport.File importFile(Upload file, CurrentUser user, Consumer<ImportReport.File> record) {
        ImportReport.File report = read(file, user, record);
        if (report.outcome() == ImportReport.FileOutcome.FAILED) {
            tx.executeWithoutResult(s -> record.accept(report));
        }
        return report;
    }

    private ImportReport.File read(Upload file, CurrentUser user, Consumer<ImportReport.File> record) {
        MonitoringWorkbookReader.Read read;
        try {
            if (TableFiles.kind(file.path()) != TableFiles.Kind.XLSX) {
                return ImportReport.File.failed(file.name(), List.of(notes.of(0, "monitoring.import.notAWorkbook")));
            }
            read = reader.read(file.path());
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("monitoring import: {} could not be read", file.name(), e);
            return ImportReport.File.failed(file.name(), List.of(notes.of(0, "import.unreadable")));
        }
        if (read.refused()) {
            List<ImportReport.Note> problems = new ArrayList<>();
            for (ReadProblem p : read.problems()) {
                problems.add(new ImportReport.Note(p.line(), p.zh(), p.en()));
            }
            return ImportReport.File.failed(file.name(), problems);
        }
        try {
            return tx.execute(s -> {
                List<ImportReport.Monitored> done = new ArrayList<>();
                for (MonitoringImports.Applied a : imports.apply(read.sheets(), user)) {
                    done.add(new ImportReport.Monitored(a.sheet(), a.reportId(), a.project(), a.year(), a.month(),
                            ImportReport.TableOutcome.valueOf(a.outcome().name()), a.changes(), a.light(),
                            ImportReport.findings(a.findings())));
                }
                ImportReport.File report = new ImportReport.File(file.name(), ImportReport.FileOutcome.IMPORTED, List.of(),
                        List.of(), done);
                record.accept(report);
                return report;
            });
        } catch (ExchangeException refused) {
            return ImportReport.File.failed(file.name(), List.of(notes.of(0, refused.messageKey(), refused.args())));
        } catch (ForbiddenException | LockedEvaluationException | DocumentConflictException e) {
            return ImportReport.File.failed(file.name(), List.of(notes.of(0, "monitoring.import.changedMeanwhile")));
        } catch (RuntimeException e) {
            log.warn("monitoring import: {} could not be stored", file.name(), e);
            return ImportReport.File.failed(file.name(), List.of(notes.of(0, "import.notStored")));
        }
    }
}
