package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.cli.report.Assessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jixiao score}: every table of every file, scored by rule, with each score's explanation. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read published self-evaluation tables and score them by rule: funding, every indicator with its "
                + "explanation, total and grade, with findings where the printed figures differ.",
                "读取公开的项目支出绩效自评表，按规则计分：资金执行、每个指标（附计算说明）、总分和等级，并列出与填报不一致之处。"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was read", "1:some file could not be read (its errors say where)", "2:wrong usage"})
final class ScoreCommand implements Callable<Integer> {

    @Mixin
    AssessOptions options;

    @Override
    public Integer call() {
        Assessor assessor = Assessor.forScoring(options.schemes(), options.scheme);
        return Reports.run(assessor, options.tables.paths, options.tables.json, options.locale());
    }
}
