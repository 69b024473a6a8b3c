package org.jixiao.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jixiao.cli.report.Assessor;
import org.jixiao.cli.report.FileReport;

/**
 * Assesses files on every core and hands each report on in the order the files were named. Only a few files are
 * read ahead of the one being printed, so output starts at once and memory does not grow with the batch.
 */
final class InOrder {
    private InOrder() {
    }

    /** Returns true when every file was read whole. */
    static boolean assess(Assessor assessor, List<Path> files, Consumer<FileReport> sink) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
        boolean allRead = true;
        if (threads <= 1) {
            for (Path p : files) {
                FileReport r = assessor.assess(p);
                allRead &= r.isRead();
                sink.accept(r);
            }
            return allRead;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, InOrder::daemon);
        try {
            Deque<Future<FileReport>> ahead = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (ahead.size() < 2 * threads && next.hasNext()) {
                Path p = next.next();
                ahead.add(pool.submit(() -> assessor.assess(p)));
            }
            while (!ahead.isEmpty()) {
                FileReport r = join(ahead.removeFirst());
                if (next.hasNext()) {
                    Path p = next.next();
                    ahead.add(pool.submit(() -> assessor.assess(p)));
                }
                allRead &= r.isRead();
                sink.accept(r);
            }
            return allRead;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileReport join(Future<FileReport> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Assessor.assess(Path) reports its failures as the file's errors; only an Error gets here.
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "jixiao-assess");
        t.setDaemon(true);
        return t;
    }
}
