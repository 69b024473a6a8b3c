package org.jixiao.bench;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.Target;
import org.jixiao.core.scoring.Schemes;
import org.jixiao.core.scoring.Scorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Indicators per second under every shipped scheme (target: 10 million on one core each), on the realistic mix of
 * {@link ScoringBenchmark#mixedIndicators} with one indicator in ten a department-wide common indicator
 * (在职人员控制率, “三公”经费变动率, 管理制度健全性), which department-common scores by deduction or checklist and the
 * others by their usual rules.
 *
 * <pre>java -jar bench/target/benchmarks.jar SchemeScoringBenchmark -f 1 -wi 3 -i 5 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchemeScoringBenchmark {

    @Param({"national-2020", "suzhou-2023", "mof-legacy", "exec20", "sichuan-integrated-2023", "department-common"})
    public String scheme;

    private Scorer scorer;
    private Indicator[] batch;

    @Setup
    public void setup() {
        Schemes schemes = Schemes.builtIn();
        scorer = schemes.scorer(schemes.get(scheme));
        batch = batch(scheme, 44);
    }

    @Benchmark
    @OperationsPerInvocation(ScoringBenchmark.BATCH)
    public void scoreIndicator(Blackhole bh) {
        Scorer s = scorer;
        for (Indicator i : batch) {
            bh.consume(s.score(i));
        }
    }

    /** The mix for a scheme: Suzhou's tables print 产出目标, the others 产出指标; every tenth a common indicator. */
    static Indicator[] batch(String scheme, int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Indicator[] batch = ScoringBenchmark.mixedIndicators(r, scheme.startsWith("suzhou") ? "产出目标" : "产出指标");
        for (int k = 0; k < batch.length; k += 10) {
            batch[k] = common(r);
        }
        return batch;
    }

    private static Indicator common(SplittableRandom r) {
        BigDecimal weight = BigDecimal.valueOf(5 + r.nextInt(4));
        return switch (r.nextInt(3)) {
            case 0 -> new Indicator("投入", "预算配置", "在职人员控制率", Target.of("<=", "100", "%"),
                    Actual.reported(BigDecimal.valueOf(9000 + r.nextInt(2001), 2).toPlainString() + "%"), weight, null, "", 0);
            case 1 -> new Indicator("投入", "预算配置", "“三公”经费变动率", Target.of("<=", "0", "%"),
                    Actual.reported(BigDecimal.valueOf(r.nextInt(2001) - 1000, 2).toPlainString() + "%"), weight, null, "", 0);
            default -> new Indicator("过程", "预算管理", "管理制度健全性", Target.of("定性", "健全", ""),
                    Actual.reported((1 + r.nextInt(4)) + "项"), weight, weight, "", 0);
        };
    }
}
