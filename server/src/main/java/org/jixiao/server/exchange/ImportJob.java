package org.jixiao.server.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A bulk import as it goes: how many files there are, how many are done, the report so far. Thread-safe. */
public final class ImportJob {
    private final String id = UUID.randomUUID().toString();
    private final long ownerId;
    private final Instant started = Instant.now();
    private final List<ImportReport.File> files = new ArrayList<>();
    private int total = -1;
    private boolean finished;
    private Instant finishedAt;

    ImportJob(long ownerId) {
        this.ownerId = ownerId;
    }

    public String getId() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    Instant started() {
        return started;
    }

    synchronized void expect(int files) {
        total = files;
    }

    synchronized void add(ImportReport.File file) {
        files.add(file);
    }

    synchronized void finish() {
        finished = true;
        finishedAt = Instant.now();
    }

    synchronized boolean finishedBefore(Instant t) {
        return finished && finishedAt.isBefore(t);
    }

    /** -1 while the archives are being unpacked. */
    public synchronized int getTotal() {
        return total;
    }

    public synchronized int getDone() {
        return files.size();
    }

    public synchronized boolean isFinished() {
        return finished;
    }

    public synchronized List<ImportReport.File> getFiles() {
        return List.copyOf(files);
    }

    public synchronized long count(ImportReport.TableOutcome outcome) {
        return files.stream().flatMap(f -> f.tables().stream()).filter(t -> t.outcome() == outcome).count();
    }

    public synchronized long getFailed() {
        return files.stream().filter(f -> f.outcome() == ImportReport.FileOutcome.FAILED).count();
    }

    /** Percent done, for the progress bar. */
    public synchronized int getPercent() {
        return total <= 0 ? (finished ? 100 : 0) : (int) Math.min(100, files.size() * 100L / total);
    }
}
