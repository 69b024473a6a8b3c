package org.jixiao.server.exchange;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jixiao.server.common.NotFoundException;
import org.jixiao.server.org.CurrentUser;
import org.jixiao.server.org.Organisation;
import org.jixiao.server.org.OrganisationRepository;
import org.jixiao.server.org.Policies;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk imports: checked before a byte is kept (who, into which organisation), then run one at a time on one
 * background thread — reading PDFs and workbooks is heavy, and the pages must keep answering meanwhile. A job is
 * kept for its owner to read for an hour after it ends; jobs live in memory, a restart forgets them.
 */
@Service
public class ImportJobs {
    private static final Duration KEPT = Duration.ofHours(1);
    /** Jobs one person may have waiting or running at once. */
    static final int PER_PERSON = 3;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jixiao-import");
        t.setDaemon(true);
        return t;
    });
    private final OrganisationRepository organisations;
    private final FileImporter importer;
    private final Notes notes;

    ImportJobs(OrganisationRepository organisations, FileImporter importer, Notes notes) {
        this.organisations = organisations;
        this.importer = importer;
        this.notes = notes;
    }

    /** Starts an import in the background and returns at once. */
    public ImportJob start(List<MultipartFile> files, long organisationId, Integer year, CurrentUser user) {
        checkMayImportInto(organisationId, user);
        forgetOld();
        long running = jobs.values().stream().filter(j -> j.ownerId() == user.id() && !j.isFinished()).count();
        if (running >= PER_PERSON) {
            throw new ExchangeException("import.busy");
        }
        Batch batch = batch(files);
        ImportJob job = new ImportJob(user.id());
        jobs.put(job.getId(), job);
        worker.execute(() -> run(job, batch, organisationId, year, user));
        return job;
    }

    /** Runs an import in the caller's thread (the API answers with the whole report). */
    public ImportJob run(List<MultipartFile> files, long organisationId, Integer year, CurrentUser user) {
        checkMayImportInto(organisationId, user);
        ImportJob job = new ImportJob(user.id());
        run(job, batch(files), organisationId, year, user);
        return job;
    }

    /** The caller's own job; anyone else's is not found. */
    public ImportJob get(String id, CurrentUser user) {
        ImportJob job = jobs.get(id);
        if (job == null || job.ownerId() != user.id()) {
            throw new NotFoundException("import " + id);
        }
        return job;
    }

    private void checkMayImportInto(long organisationId, CurrentUser user) {
        Organisation org = organisations.findById(organisationId, user.scope())
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        Policies.MAY_FILL_IN.decide(user, org).orThrow();
    }

    private static Batch batch(List<MultipartFile> files) {
        Batch batch = Batch.of(files == null ? List.of() : files);
        if (batch.isEmpty()) {
            batch.close();
            throw new ExchangeException("import.noFiles");
        }
        return batch;
    }

    private void run(ImportJob job, Batch batch, long organisationId, Integer year, CurrentUser user) {
        try (batch) {
            Archives.Unpacked unpacked = new Archives(batch, notes).unpack();
            job.expect(unpacked.files().size() + unpacked.refused().size());
            unpacked.refused().forEach(job::add);
            for (Upload file : unpacked.files()) {
                job.add(importer.importFile(file, organisationId, year, user));
                batch.delete(file);
            }
        } finally {
            job.finish();
        }
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEPT);
        jobs.values().removeIf(j -> j.finishedBefore(before));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
