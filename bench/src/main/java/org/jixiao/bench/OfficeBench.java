package org.jixiao.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.core.evaluation.SelfEvaluation;
import org.jixiao.office.pdf.PdfExporter;
import org.jixiao.office.xlsx.WorkbookExporter;

/**
 * Whole-task timings of the office exports, run as a plain program (one cold run is what a user waits for, so JMH's
 * warmed-up averages would flatter it): a workbook of N synthetic tables, and M tables as PDF, once as one document
 * and once as M files. Prints seconds and the heap's peak.
 *
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar org.jixiao.bench.OfficeBench 1000 100</pre>
 */
public final class OfficeBench {
    private OfficeBench() {
    }

    public static void main(String[] args) throws IOException {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int pdfs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path dir = Files.createTempDirectory("jixiao-office-bench");
        List<SelfEvaluation> evaluations = SyntheticTables.evaluations(tables, 42);
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));

        long t0 = System.nanoTime();
        Path workbook = dir.resolve("tables.xlsx");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(workbook))) {
            new WorkbookExporter().write(evaluations, out);
        }
        report("workbook of " + tables + " tables (" + Files.size(workbook) / 1024 + " KB)", t0);

        List<SelfEvaluation> some = evaluations.subList(0, Math.min(pdfs, evaluations.size()));
        PdfExporter pdf = new PdfExporter();
        t0 = System.nanoTime();
        Path one = dir.resolve("tables.pdf");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(one))) {
            pdf.write(some, out);
        }
        report(some.size() + " tables as one PDF (" + Files.size(one) / 1024 + " KB)", t0);

        t0 = System.nanoTime();
        for (int k = 0; k < some.size(); k++) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("t" + k + ".pdf")))) {
                pdf.write(List.of(some.get(k)), out);
            }
        }
        report(some.size() + " tables as " + some.size() + " PDF files", t0);
        System.out.printf("peak heap used %d MB%n", peakHeap() / (1024 * 1024));
    }

    private static void report(String what, long t0) {
        System.out.printf("%-48s %6.2f s%n", what, (System.nanoTime() - t0) / 1e9);
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
