package org.jixiao.server.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of one bulk import in a private temporary folder while a node works on them (written there from the
 * database, where the upload is kept for the job), deleted when it is done. Files are stored under numbers, never
 * under the names they came with.
 */
final class Batch implements AutoCloseable {
    private final Path folder;
    private final List<Upload> uploads = new ArrayList<>();
    private int next;

    private Batch(Path folder) {
        this.folder = folder;
    }

    /** An empty batch in a new temporary folder, for a job's files as the database keeps them. */
    static Batch empty() {
        try {
            return new Batch(Files.createTempDirectory("jixiao-import-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Batch of(List<MultipartFile> files) {
        Batch batch = empty();
        try {
            for (MultipartFile f : files) {
                if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                    continue;
                }
                try (InputStream in = f.getInputStream()) {
                    batch.keep(displayName(f.getOriginalFilename()), in);
                }
            }
        } catch (IOException | RuntimeException e) {
            batch.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return batch;
    }

    /** Copies at most {@code limit} bytes; returns null when the stream holds more (the partial copy is deleted). */
    Upload copy(String name, InputStream in, long limit) throws IOException {
        Path file = folder.resolve("f-" + (next++));
        try (var out = Files.newOutputStream(file)) {
            in.transferTo(new CappedOutputStream(out, limit));
        } catch (CappedOutputStream.Exceeded e) {
            Files.deleteIfExists(file);
            return null;
        }
        return new Upload(name, file);
    }

    void keep(String name, InputStream in) throws IOException {
        uploads.add(copy(name, in, Long.MAX_VALUE));
    }

    List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    boolean isEmpty() {
        return uploads.isEmpty();
    }

    void delete(Upload u) {
        try {
            Files.deleteIfExists(u.path());
        } catch (IOException e) {
            // the folder goes when the batch closes
        }
    }

    /** The last part of a path as sent by a browser ("C:\\x\\a.xlsx" from old Edge), cut to a readable length. */
    static String displayName(String sent) {
        String s = sent == null ? "" : sent.replace('\\', '/');
        s = s.substring(s.lastIndexOf('/') + 1);
        s = Download.safeName(s);
        return s.isEmpty() ? "(unnamed)" : s;
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is the operating system's to clear
        }
    }
}
