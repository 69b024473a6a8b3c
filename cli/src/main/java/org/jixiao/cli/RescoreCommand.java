package org.jixiao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.cli.report.FilesDocument;
import org.jixiao.cli.report.RescoreReport;
import org.jixiao.cli.report.Rescoring;
import org.jixiao.core.scoring.compare.ComparisonSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jixiao rescore}: every table scored under each of several schemes, and what would change. */
@Command(name = "rescore", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score every table under each scheme given and show, per table and in total, the totals, grades "
                + "and the rows whose scores differ, with each scheme's explanation.",
                "按给定的每个评分方案为每张表计分，逐表及合计列出总分、等级和得分不同的行，并附各方案的计算说明。"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was read", "1:some file could not be read (its errors say where)", "2:wrong usage"})
final class RescoreCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scheme", paramLabel = "ID", required = true,
            description = "A scheme to score under; give two or more (national-2020, mof-legacy, exec20, …, or one from --scheme-file).")
    List<String> schemes = new ArrayList<>();

    @Mixin
    TablesOptions tables;

    @Override
    public Integer call() {
        if (schemes.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    CliMessages.MESSAGES.bothEnglishFirst("rescore.two_schemes"));
        }
        Rescoring rescoring;
        try {
            rescoring = new Rescoring(tables.schemes(), schemes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        RescoreReport report = new RescoreReport(tables.locale());
        ComparisonSummary summary = new ComparisonSummary(rescoring.schemeIds());
        PrintStream out = Reports.stdout();
        boolean allRead = true;
        if (tables.json) {
            try (FilesDocument<Rescoring.File> doc = report.open(out)) {
                for (Path p : Inputs.expand(tables.paths)) {
                    Rescoring.File f = rescoring.rescore(p);
                    allRead &= f.isRead();
                    doc.file(f);
                }
            }
            out.println();
        } else {
            for (Path p : Inputs.expand(tables.paths)) {
                Rescoring.File f = rescoring.rescore(p);
                allRead &= f.isRead();
                f.tables().forEach(t -> summary.add(t.comparison()));
                report.text(f, out);
            }
            report.summary(summary, out);
        }
        out.flush();
        return Reports.exitStatus(allRead);
    }
}
