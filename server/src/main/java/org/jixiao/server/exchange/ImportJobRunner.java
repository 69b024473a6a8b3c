package org.jixiao.server.exchange;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.server.jobs.NodeName;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.User;
import org.jixiao.server.org.UserRepository;
import org.jixiao.server.system.JixiaoUserDetailsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bulk import job as a node runs it: the files written from the database into a temporary folder, the archives
 * unpacked (the same bytes always unpack to the same files in the same order), then each file without a report
 * imported in one transaction with its report (self-evaluation tables by {@link FileImporter}, filled monitoring
 * tables by {@link MonitoringFileImporter}, as the job's kind says). A job revived after its node died goes on from
 * the first file without one: the file the node was storing was rolled back with its connection, so nothing is half-written and
 * nothing is imported twice. A job started more than {@link #MAX_ATTEMPTS} times (a file that brings its node down)
 * ends with its remaining files failed.
 */
@Configuration
class ImportJobRunner {
    static final String TASK = "bulk-import";
    static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

    private final ImportJobStore store;
    private final FileImporter importer;
    private final MonitoringFileImporter monitoringImporter;
    private final Notes notes;
    private final UserRepository users;
    private final JixiaoUserDetailsService userDetails;
    private final NodeName node;
    private final TransactionTemplate tx;

    ImportJobRunner(ImportJobStore store, FileImporter importer, MonitoringFileImporter monitoringImporter, Notes notes,
                    UserRepository users, JixiaoUserDetailsService userDetails, NodeName node,
                    PlatformTransactionManager transactions) {
        this.store = store;
        this.importer = importer;
        this.monitoringImporter = monitoringImporter;
        this.notes = notes;
        this.users = users;
        this.userDetails = userDetails;
        this.node = node;
        this.tx = new TransactionTemplate(transactions);
    }

    @Bean
    Task<Void> bulkImportTask() {
        return Tasks.oneTime(TASK).onDeadExecutionRevive()
                .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(30)))
                .execute((instance, context) -> run(instance.getId()));
    }

    /** Finished jobs are kept an hour for their owners to read, then forgotten (by one node, every ten minutes). */
    @Bean
    RecurringTask<Void> importJobHousekeeping() {
        return Tasks.recurring("bulk-import-housekeeping", FixedDelay.ofMinutes(10))
                .execute((instance, context) -> store.forgetFinishedBefore(Instant.now().minus(ImportJobs.KEPT)));
    }

    void run(String id) {
        Optional<ImportJobStore.Row> found = store.find(id);
        if (found.isEmpty() || found.get().isFinished()) {
            return;
        }
        ImportJobStore.Row job = found.get();
        int attempt = store.startAttempt(id, node.value());
        if (attempt > 1) {
            log.warn("import {}: attempt {} on node {}, going on from the first file not yet imported", id, attempt, node.value());
        }
        try {
            importFiles(job, attempt);
        } catch (RuntimeException e) {
            if (attempt < MAX_ATTEMPTS) {
                throw e; // tried again in 30 s
            }
            log.error("import {}: failed {} times, given up", id, attempt, e);
            tx.executeWithoutResult(t -> {
                store.addReport(id, Integer.MAX_VALUE, ImportReport.File.failed("…", List.of(notes.of(0, "import.notStored"))));
                store.finish(id);
            });
        }
    }

    private void importFiles(ImportJobStore.Row job, int attempt) {
        String id = job.id();
        Optional<CurrentUser> owner = users.findById(job.ownerId()).filter(User::enabled)
                .map(u -> userDetails.toCurrentUser(u, false));
        try (Batch batch = Batch.empty()) {
            store.readFiles(id, (name, content) -> batch.keep(name, content));
            Archives.Unpacked unpacked = new Archives(batch, notes).unpack();
            List<Object> items = new ArrayList<>(unpacked.refused());
            items.addAll(unpacked.files());
            store.setTotal(id, items.size());
            Set<Integer> done = store.reported(id);
            for (int seq = 0; seq < items.size(); seq++) {
                if (done.contains(seq)) {
                    if (items.get(seq) instanceof Upload u) {
                        batch.delete(u);
                    }
                    continue;
                }
                int s = seq;
                if (items.get(seq) instanceof ImportReport.File refused) {
                    tx.executeWithoutResult(t -> store.addReport(id, s, refused));
                    continue;
                }
                Upload file = (Upload) items.get(seq);
                if (owner.isEmpty() || attempt > MAX_ATTEMPTS) {
                    ImportReport.File failed = ImportReport.File.failed(file.name(), List.of(owner.isEmpty()
                            ? notes.of(0, "import.ownerGone") : notes.of(0, "import.interrupted", attempt - 1)));
                    tx.executeWithoutResult(t -> store.addReport(id, s, failed));
                } else if (job.kind() == ImportKind.MONITORING) {
                    monitoringImporter.importFile(file, owner.get(), report -> store.addReport(id, s, report));
                } else {
                    importer.importFile(file, job.organisationId(), job.defaultYear(), owner.get(),
                            report -> store.addReport(id, s, report));
                }
                batch.delete(file);
            }
        }
        tx.executeWithoutResult(t -> store.finish(id));
    }
}
