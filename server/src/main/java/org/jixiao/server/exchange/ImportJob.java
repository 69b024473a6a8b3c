package org.jixiao.server.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A bulk import as the database has it when asked, on whichever node: how many files there are, how many are
 * done, the report so far. A snapshot: ask {@link ImportJobs#get} again for news.
 */
public final class ImportJob {
    private final String id;
    private final long ownerId;
    private final Instant created;
    private final List<ImportReport.File> files;
    private final int total;
    private final boolean finished;

    ImportJob(String id, long ownerId, Instant created, int total, boolean finished, List<ImportReport.File> files) {
        this.id = id;
        this.ownerId = ownerId;
        this.created = created;
        this.total = total;
        this.finished = finished;
        this.files = List.copyOf(files);
    }

    public String getId() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    Instant started() {
        return created;
    }

    /** -1 while the archives are being unpacked (or the job waits for a node). */
    public int getTotal() {
        return total;
    }

    public int getDone() {
        return files.size();
    }

    public boolean isFinished() {
        return finished;
    }

    public List<ImportReport.File> getFiles() {
        return files;
    }

    public long count(ImportReport.TableOutcome outcome) {
        return files.stream().flatMap(f -> f.tables().stream()).filter(t -> t.outcome() == outcome).count();
    }

    /** Monitoring tables (sheets) of the files that came to {@code outcome}. */
    public long countMonitored(ImportReport.TableOutcome outcome) {
        return files.stream().flatMap(f -> f.monitored().stream()).filter(t -> t.outcome() == outcome).count();
    }

    public long getFailed() {
        return files.stream().filter(f -> f.outcome() == ImportReport.FileOutcome.FAILED).count();
    }

    /** Percent done, for the progress bar. */
    public int getPercent() {
        return total <= 0 ? (finished ? 100 : 0) : (int) Math.min(100, files.size() * 100L / total);
    }
}
