package org.jixiao.cli.upload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Splits files into requests the server accepts: it refuses an upload over 64 MB or 500 files, so each batch stays
 * under a smaller byte limit (room for the part headers) and the file count. A file over the byte limit by itself
 * goes alone and the server decides.
 */
public final class Batches {
    /** What the headers of one part add, generously: a long UTF-8 name is a few hundred bytes. */
    static final long PART_OVERHEAD = 1024;

    private final long maxBytes;
    private final int maxFiles;

    public Batches(long maxBytes, int maxFiles) {
        if (maxBytes <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    public List<List<Path>> split(List<Path> files, ToLongFunction<Path> size) {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> current = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            long n = size.applyAsLong(f) + PART_OVERHEAD;
            if (!current.isEmpty() && (bytes + n > maxBytes || current.size() == maxFiles)) {
                batches.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(f);
            bytes += n;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }
}
