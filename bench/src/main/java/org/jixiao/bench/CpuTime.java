package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.Scorer;
import org.jixiao.formats.text.DisclosureReader;

/**
 * The JMH workloads timed by CPU time instead of wall-clock time. On a machine shared with other builds the
 * benchmark thread waits for a core a good part of the time, which JMH counts as work; the CPU time the process
 * spends (this thread, the collector and the compiler) is what one core would need on its own.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.jixiao.bench.CpuTime suzhou|national|reading|SCHEME-ID [rounds]</pre>
 *
 * A scheme id (mof-legacy, exec20, …) times the mix of {@link SchemeScoringBenchmark} under that scheme.
 */
public final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static volatile int sink;

    private CpuTime() {
    }

    private interface Workload {
        /** Runs once; returns how many units (indicators, bytes) it did. */
        long run();
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "suzhou";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Workload w = switch (what) {
            case "suzhou" -> scoring("suzhou-2023", "产出目标", 43);
            case "national" -> scoring("national-2020", "产出指标", 42);
            case "reading" -> reading();
            default -> scoring(Schemes.builtIn().get(what).id(), SchemeScoringBenchmark.batch(what, 44));
        };
        measure(w, 5); // warm-up
        double[] thread = new double[rounds];
        double[] process = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            double[] rate = measure(w, 2);
            thread[r] = rate[0];
            process[r] = rate[1];
            System.out.printf("round %2d: %,.0f per thread-CPU-second, %,.0f per process-CPU-second%n", r + 1, rate[0], rate[1]);
        }
        System.out.printf("%s: median %,.0f per thread-CPU-second, %,.0f per process-CPU-second (%d rounds of 2 s CPU)%n",
                what, median(thread), median(process), rounds);
    }

    /** Units per CPU-second of this thread and of the whole process, over about {@code cpuSeconds} of CPU. */
    private static double[] measure(Workload w, double cpuSeconds) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        long p0 = OS.getProcessCpuTime();
        long units = 0;
        long t1;
        do {
            units += w.run();
            t1 = THREADS.getCurrentThreadCpuTime();
        } while (t1 - t0 < cpuSeconds * 1e9);
        long p1 = OS.getProcessCpuTime();
        return new double[]{units / ((t1 - t0) / 1e9), units / ((p1 - p0) / 1e9)};
    }

    private static Workload scoring(String scheme, String level1, int seed) {
        return scoring(scheme, ScoringBenchmark.mixedIndicators(new SplittableRandom(seed), level1));
    }

    private static Workload scoring(String scheme, Indicator[] batch) {
        Schemes schemes = Schemes.builtIn();
        Scorer scorer = schemes.scorer(schemes.get(scheme));
        Object[] results = new Object[batch.length];
        return () -> {
            for (int k = 0; k < batch.length; k++) {
                results[k] = scorer.score(batch[k]); // kept, so the scoring cannot be optimised away
            }
            return batch.length;
        };
    }

    private static Workload reading() {
        String text = SyntheticTables.text(1000, 11);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        DisclosureReader reader = new DisclosureReader();
        return () -> {
            sink += reader.read(text, "synthetic").tables().size();
            return bytes;
        };
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
