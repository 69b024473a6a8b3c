package org.jixiao.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jixiao.core.evaluation.Actual;
import org.jixiao.core.evaluation.Indicator;
import org.jixiao.core.evaluation.SelfEvaluation;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring with exact decimals. {@code scoreIndicator*}: indicators per second (target: 10 million on one core);
 * {@code scoreEvaluation}: whole tables per second, budget execution, weights, sums, total and grade included.
 *
 * <pre>java -jar bench/target/benchmarks.jar ScoringBenchmark -f 1 -wi 3 -i 5 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {
    static final int BATCH = 1024;
    static final int TABLES = 256;

    private Scorer national;
    private Scorer suzhou;
    private Indicator[] mixed;
    private Indicator[] banded;
    private SelfEvaluation[] tables;

    @Setup
    public void setup() {
        Schemes schemes = Schemes.builtIn();
        national = schemes.scorer(schemes.get("national-2020"));
        suzhou = schemes.scorer(schemes.get("suzhou-2023"));
        mixed = mixedIndicators(new SplittableRandom(42), "产出指标");
        banded = mixedIndicators(new SplittableRandom(43), "产出目标");
        tables = SyntheticTables.evaluations(TABLES, 7).toArray(SelfEvaluation[]::new);
    }

    /** Indicators per second under national-2020, a realistic mix of every rule. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scoreIndicator(Blackhole bh) {
        Scorer s = national;
        for (Indicator i : mixed) {
            bh.consume(s.score(i));
        }
    }

    /** Indicators per second under the banded suzhou-2023 scheme (completion bands, qualitative words). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scoreIndicatorSuzhou(Blackhole bh) {
        Scorer s = suzhou;
        for (Indicator i : banded) {
            bh.consume(s.score(i));
        }
    }

    /** Whole tables per second (5–20 indicators each, about 12 on average) under national-2020. */
    @Benchmark
    @OperationsPerInvocation(TABLES)
    public void scoreEvaluation(Blackhole bh) {
        Scorer s = national;
        for (SelfEvaluation e : tables) {
            bh.consume(s.score(e));
        }
    }

    /**
     * A mix as published tables have it: 40 % {@code >=} (about a third of them missed), 12 % {@code <=} (a third
     * missed), 12 % {@code =} with a positive target, 8 % a target of 0, 5 % no operator printed, 13 % qualitative
     * (words and, for the banded scheme, 好 / 较好 / percentages), 5 % not reported, 5 % unscorable actuals.
     * Weights 5–30 with 2 decimals, actuals with up to 2 decimals.
     */
    static Indicator[] mixedIndicators(SplittableRandom r, String level1) {
        List<Indicator> list = new ArrayList<>(BATCH);
        String[] level2 = {"数量指标", "质量指标", "时效指标", "成本指标"};
        for (int k = 0; k < BATCH; k++) {
            BigDecimal weight = BigDecimal.valueOf(500 + r.nextInt(2501), 2);
            String l2 = level2[r.nextInt(level2.length)];
            int roll = r.nextInt(100);
            Indicator i;
            if (roll < 40) {
                int target = 5 + r.nextInt(96);
                BigDecimal actual = r.nextInt(3) == 0 ? cents(r, target * 50, target * 100) : cents(r, target * 100, target * 130);
                i = quantitative(level1, l2, "培训覆盖率", ">=", target, "%", actual, weight);
            } else if (roll < 52) {
                int target = 10 + r.nextInt(111);
                BigDecimal actual = r.nextInt(3) == 0 ? cents(r, target * 100, target * 200) : cents(r, target * 50, target * 100);
                i = quantitative(level1, l2, "平均响应时间", "<=", target, "分钟", actual, weight);
            } else if (roll < 64) {
                int target = 1 + r.nextInt(100);
                BigDecimal actual = r.nextInt(4) == 0 ? cents(r, target * 80, target * 100) : BigDecimal.valueOf(target);
                i = quantitative(level1, l2, "完成运维应用系统数量", "=", target, "个", actual, weight);
            } else if (roll < 72) {
                BigDecimal actual = r.nextInt(10) == 0 ? BigDecimal.valueOf(1 + r.nextInt(3)) : BigDecimal.ZERO;
                i = quantitative(level1, l2, "审计、督查、巡视等指出问题数", "=", 0, "个", actual, weight);
            } else if (roll < 77) {
                int target = 2 + r.nextInt(20);
                String name = r.nextBoolean() ? "设备故障次数" : "培训人次";
                i = quantitative(level1, l2, name, "", target, "次", BigDecimal.valueOf(r.nextInt(target * 2)), weight);
            } else if (roll < 90) {
                String[] actuals = {"达成年度指标", "好", "较好", "一般", "100%", "90%", "有效提升"};
                i = new Indicator(level1, l2, "长效管理机制健全性", Target.of("定性", "建立健全", ""),
                        Actual.reported(actuals[r.nextInt(actuals.length)]), weight, weight, "", 0);
            } else if (roll < 95) {
                i = new Indicator(level1, l2, "承载业务系统数量", Target.of(">=", "10", "个"),
                        Actual.notReported("无", "该指标是根据年初预算填写，和财政资金批复下达文件考核指标不一致，故数据为空。"), null, null, "", 0);
            } else {
                String[] actuals = {">=90%", "已完成", ""};
                i = new Indicator(level1, l2, "服务对象满意度", Target.of(">=", "90", "%"),
                        Actual.reported(actuals[r.nextInt(actuals.length)]), weight, weight, "", 0);
            }
            list.add(i);
        }
        return list.toArray(Indicator[]::new);
    }

    private static Indicator quantitative(String level1, String level2, String name, String op, int target, String unit,
                                          BigDecimal actual, BigDecimal weight) {
        return new Indicator(level1, level2, name, Target.of(op, Integer.toString(target), unit),
                Actual.reported(actual.toPlainString()), weight, null, "", 0);
    }

    /** A value in [fromCents, toCents] / 100, up to 2 decimals as printed (trailing zeros dropped). */
    private static BigDecimal cents(SplittableRandom r, int fromCents, int toCents) {
        BigDecimal v = BigDecimal.valueOf(fromCents + r.nextInt(Math.max(1, toCents - fromCents + 1)), 2).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
