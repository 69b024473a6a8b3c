package org.jixiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.cli.report.Assessor;
import org.jixiao.core.scoring.Schemes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao score}: every table of every file, scored by rule, with each score's explanation. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read published self-evaluation tables and score them by rule: funding, every indicator with its "
                + "explanation, total and grade, with findings where the printed figures differ.",
                "读取公开的项目支出绩效自评表，按规则计分：资金执行、每个指标（附计算说明）、总分和等级，并列出与填报不一致之处。"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was read", "1:some file could not be read (its errors say where)", "2:wrong usage"})
final class ScoreCommand implements Callable<Integer> {

    @Option(names = "--scheme", paramLabel = "ID", description = "Score every table under this scheme instead of the one its layout implies (national-2020, suzhou-2023, or one from --scheme-file).")
    String scheme;

    @Option(names = "--scheme-file", paramLabel = "FILE", description = "A scheme file (JSON) to add to the built-in schemes.")
    List<Path> schemeFiles = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document instead of tables.")
    boolean json;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of explanations and messages (default: zh).")
    String lang = "zh";

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files of published text, or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        Schemes schemes = schemeFiles.isEmpty() ? Schemes.builtIn() : Schemes.withFiles(schemeFiles);
        Assessor assessor = Assessor.forScoring(schemes, scheme);
        return Reports.run(assessor, paths, json, lang);
    }
}
