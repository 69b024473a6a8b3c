package org.jixiao.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jixiao.formats.text.DisclosureReader;
import org.jixiao.formats.text.ReadResult;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading published text: one multi-table text of a few MB (synthetic tables in the Yunnan layout) read whole by
 * {@link DisclosureReader}. The {@code bytes} counter is the reading speed in bytes (UTF-8, as on disk) per second;
 * the target is 20 MB/s on one core.
 *
 * <pre>java -jar bench/target/benchmarks.jar ReadingBenchmark -f 1 -wi 3 -i 5 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ReadingBenchmark {

    /** Tables in the text: 1,000 make about 3.7 MB. */
    @Param({"1000"})
    public int tables;

    private String text;
    private long bytes;
    private int expectedTables;
    private final DisclosureReader reader = new DisclosureReader();

    /** Bytes read, reported by JMH as a rate: bytes per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public long bytes;
        public long tables;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            tables = 0;
        }
    }

    @Setup
    public void setup() {
        text = SyntheticTables.text(tables, 11);
        bytes = text.getBytes(StandardCharsets.UTF_8).length;
        ReadResult check = reader.read(text, "synthetic");
        expectedTables = check.tables().size();
        if (expectedTables != tables) {
            throw new IllegalStateException("the reader found " + expectedTables + " tables in " + tables + " generated");
        }
        System.out.printf("%n[ReadingBenchmark] %d tables, %,d bytes (%.2f MB), %,d chars; problems on a clean read: %d%n",
                tables, bytes, bytes / 1e6, text.length(), check.allProblems().size());
    }

    @Benchmark
    public ReadResult read(Throughput t) {
        ReadResult r = reader.read(text, "synthetic");
        t.bytes += bytes;
        t.tables += r.tables().size();
        return r;
    }
}
