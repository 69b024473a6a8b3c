package org.jixiao.server.exchange;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jixiao.server.common.ExchangeException;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk imports: checked before a byte is kept (who, into which organisation), then kept in the database — the job,
 * the files as uploaded — and scheduled as a durable job ({@link ImportJobRunner}) in the same transaction. Whichever
 * node picks it runs it (reading PDFs and workbooks is heavy: a node runs at most {@code jixiao.jobs.threads} jobs
 * at once, and the pages keep answering meanwhile); every node reads its progress and report. A job is kept for
 * its owner to read for an hour after it ends.
 */
@Service
public class ImportJobs {
    static final Duration KEPT = Duration.ofHours(1);
    /** Jobs one person may have waiting or running at once. */
    static final int PER_PERSON = 3;

    private final OrganisationRepository organisations;
    private final ImportJobStore store;
    private final Scheduler scheduler;
    private final TransactionTemplate tx;

    ImportJobs(OrganisationRepository organisations, ImportJobStore store, Scheduler scheduler,
               PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.store = store;
        this.scheduler = scheduler;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Starts an import in the background and returns at once. */
    public ImportJob start(List<MultipartFile> files, long organisationId, Integer year, CurrentUser user) {
        checkMayImportInto(organisationId, user);
        return start(ImportKind.EVALUATIONS, files, organisationId, year, user);
    }

    /**
     * Starts an import of filled monitoring tables in the background: each matched to its report in the caller's
     * scope, whatever organisation it is of (the job is kept under the caller's own).
     */
    public ImportJob startMonitoring(List<MultipartFile> files, CurrentUser user) {
        return start(ImportKind.MONITORING, files, monitoringHome(user), null, user);
    }

    /** Runs an import of filled monitoring tables as a job and waits for it to end (see {@link #run}). */
    public ImportJob runMonitoring(List<MultipartFile> files, CurrentUser user) {
        return await(schedule(ImportKind.MONITORING, files, monitoringHome(user), null, user), user);
    }

    private ImportJob start(ImportKind kind, List<MultipartFile> files, long organisationId, Integer year, CurrentUser user) {
        if (store.unfinished(user.id()) >= PER_PERSON) {
            throw new ExchangeException("import.busy");
        }
        return get(schedule(kind, files, organisationId, year, user), user);
    }

    /**
     * Runs an import as a job and waits for it to end, on whichever node runs it (the API answers with the whole
     * report). Were this node to stop meanwhile, the job would still end, its report readable elsewhere.
     */
    public ImportJob run(List<MultipartFile> files, long organisationId, Integer year, CurrentUser user) {
        checkMayImportInto(organisationId, user);
        return await(schedule(ImportKind.EVALUATIONS, files, organisationId, year, user), user);
    }

    private ImportJob await(String id, CurrentUser user) {
        long pause = 20;
        while (true) {
            ImportJob job = get(id, user);
            if (job.isFinished()) {
                return job;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while import " + id + " runs", e);
            }
            pause = Math.min(250, pause * 2);
        }
    }

    /** The caller's own job; anyone else's is not found. */
    public ImportJob get(String id, CurrentUser user) {
        ImportJobStore.Row row = store.find(id).filter(r -> r.ownerId() == user.id())
                .orElseThrow(() -> new NotFoundException("import " + id));
        return new ImportJob(row.id(), row.ownerId(), row.created(), row.total(), row.isFinished(), store.reports(id));
    }

    private String schedule(ImportKind kind, List<MultipartFile> files, long organisationId, Integer year, CurrentUser user) {
        String id = UUID.randomUUID().toString();
        boolean any = Boolean.TRUE.equals(tx.execute(s -> {
            store.create(id, kind, user.id(), organisationId, year);
            int seq = 0;
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                    continue;
                }
                try (InputStream in = f.getInputStream()) {
                    store.addFile(id, seq++, Batch.displayName(f.getOriginalFilename()), in, f.getSize());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (seq == 0) {
                s.setRollbackOnly();
                return false;
            }
            scheduler.schedule(new TaskInstance<Void>(ImportJobRunner.TASK, id), Instant.now());
            return true;
        }));
        if (!any) {
            throw new ExchangeException("import.noFiles");
        }
        scheduler.triggerCheckForDueExecutions();
        return id;
    }

    /**
     * The organisation a monitoring import is kept under: the caller's own. Only a person who fills reports (a unit's
     * filler, an administrator) may import them, as only they may save them; anyone else is refused before a byte
     * is kept.
     */
    private long monitoringHome(CurrentUser user) {
        Policies.FILLS_IN.decide(user).orThrow();
        Long own = user.organisationId();
        if (own == null) {
            return organisations.findAll(user.scope()).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("organisation")).id();
        }
        return own;
    }

    private void checkMayImportInto(long organisationId, CurrentUser user) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        Policies.MAY_FILL_IN.decide(user, org).orThrow();
    }
}
