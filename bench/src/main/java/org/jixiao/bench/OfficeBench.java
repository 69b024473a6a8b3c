package org.jixiao.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.office.TableFiles;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.xlsx.WorkbookExporter;

/**
 * Whole-task timings of the office exports and imports, run as a plain program (one cold run is what a user waits
 * for, so JMH's warmed-up averages would flatter it): a workbook of N synthetic tables; M tables as PDF, once as one
 * document and once as M files rendered on every core; N single-table workbooks written to a folder and read back
 * through {@link TableFiles} on every core. Prints wall and CPU seconds (on a shared machine the CPU time is the
 * figure that does not depend on the neighbours), the heap's peak, and the folder of workbooks, which is kept for
 * timing {@code ./jixiao score} on it.
 *
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar org.jixiao.bench.OfficeBench 1000 100</pre>
 */
public final class OfficeBench {
    private static final int THREADS = Runtime.getRuntime().availableProcessors();

    private OfficeBench() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int pdfs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path dir = Files.createTempDirectory("jixiao-office-bench");
        List<SelfEvaluation> evaluations = SyntheticTables.evaluations(tables, 42);
        System.out.printf("max heap %d MB, %d threads%n", Runtime.getRuntime().maxMemory() / (1024 * 1024), THREADS);

        Clock clock = new Clock();
        Path workbook = dir.resolve("tables.xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(workbook))) {
            new WorkbookExporter().write(evaluations, out);
        }
        clock.report("workbook of " + tables + " tables (" + Files.size(workbook) / 1024 + " KB)");

        List<SelfEvaluation> some = evaluations.subList(0, Math.min(pdfs, evaluations.size()));
        PdfExporter pdf = new PdfExporter();
        clock = new Clock();
        Path one = dir.resolve("tables.pdf");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(one))) {
            pdf.write(some, out);
        }
        clock.report(some.size() + " tables as one PDF (" + Files.size(one) / 1024 + " KB)");

        clock = new Clock();
        onEveryCore(some.size(), k -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("t" + k + ".pdf")))) {
                pdf.write(List.of(some.get(k)), out);
            }
        });
        clock.report(some.size() + " tables as " + some.size() + " PDF files");

        Path workbooks = Files.createDirectories(dir.resolve("workbooks"));
        WorkbookExporter xlsx = new WorkbookExporter();
        clock = new Clock();
        onEveryCore(evaluations.size(), k -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(workbooks.resolve(String.format("t%04d.xlsx", k))))) {
                xlsx.write(List.of(evaluations.get(k)), out);
            }
        });
        clock.report(tables + " single-table workbooks written");

        TableFiles reader = new TableFiles();
        AtomicInteger read = new AtomicInteger();
        clock = new Clock();
        onEveryCore(evaluations.size(), k -> {
            ReadResult r = reader.read(workbooks.resolve(String.format("t%04d.xlsx", k)));
            if (!r.allProblems().isEmpty() || r.tables().size() != 1) {
                throw new IllegalStateException("t" + k + ".xlsx did not read back whole: " + r.allProblems());
            }
            read.incrementAndGet();
        });
        clock.report(read.get() + " workbooks imported (TableFiles)");
        System.out.printf("peak heap used %d MB%n", peakHeap() / (1024 * 1024));
        System.out.println("workbooks kept in " + workbooks);
    }

    /** Runs {@code task} for 0 … n-1 on every core; the first failure stops the run. */
    private static void onEveryCore(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int index = k;
                done.add(pool.submit(() -> {
                    task.run(index);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Task {
        void run(int index) throws Exception;
    }

    /** Wall time, and the CPU time of the whole process (every thread, the collector's and the compiler's too). */
    private static final class Clock {
        private final long wall = System.nanoTime();
        private final long cpu = processCpu();

        void report(String what) {
            System.out.printf("%-48s %6.2f s  (CPU %6.2f s)%n", what, (System.nanoTime() - wall) / 1e9, (processCpu() - cpu) / 1e9);
        }

        private static long processCpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
