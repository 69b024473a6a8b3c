package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jixiao.cli.report.Assessor;
import org.jixiao.cli.report.AuditSummary;
import org.jixiao.cli.report.AuditTextReport;
import org.jixiao.cli.report.FileReport;
import org.jixiao.cli.report.FilesDocument;
import org.jixiao.cli.report.HtmlReport;
import org.jixiao.cli.report.JsonReport;
import org.jixiao.core.evaluation.CurrencyUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code jixiao audit}: the re-check (复核) of published tables by every check, summed up per file and department. */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Re-check published self-evaluation tables with every check: each table's findings, then a summary "
                + "per file and per department (findings by code and severity, printed against recomputed totals, budget "
                + "in one unit); --html writes a self-contained report with a chart.",
                "复核公开的项目支出绩效自评表：逐表列出全部检查的发现，再按文件和主管部门汇总（按代码和严重程度计数、填报与计算总分、"
                        + "统一金额单位的预算）；--html 生成含图表的独立 HTML 报告。"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was read (findings or not)",
                "1:some file could not be read (its errors say where), or the HTML report could not be written",
                "2:wrong usage"})
final class AuditCommand implements Callable<Integer> {

    @Mixin
    AssessOptions options;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report (summary, chart, findings per table) to FILE.")
    Path html;

    @Option(names = "--unit", paramLabel = "万元|元", converter = UnitConverter.class,
            description = "The unit budget amounts are summed in, whatever each table prints (default: 万元).")
    CurrencyUnit unit = CurrencyUnit.WAN_YUAN;

    @Override
    public Integer call() {
        Assessor assessor = Assessor.forAudit(options.schemes(), options.scheme);
        AuditSummary summary = new AuditSummary(unit);
        HtmlReport htmlReport = html == null ? null : new HtmlReport(options.locale());
        PrintStream out = Reports.stdout();
        boolean allRead;
        if (options.tables.json) {
            try (FilesDocument<FileReport> doc = new JsonReport(options.locale()).open(out)) {
                allRead = InOrder.assess(assessor, Inputs.expand(options.tables.paths), both(summary, htmlReport, doc::file));
            }
            out.println();
        } else {
            AuditTextReport text = new AuditTextReport(options.locale());
            allRead = InOrder.assess(assessor, Inputs.expand(options.tables.paths), both(summary, htmlReport, f -> text.file(f, out)));
            text.summary(summary, out);
        }
        out.flush();
        boolean written = htmlReport == null || writeHtml(htmlReport, summary);
        return allRead && written ? 0 : 1;
    }

    private static Consumer<FileReport> both(AuditSummary summary, HtmlReport html, Consumer<FileReport> print) {
        return f -> {
            summary.add(f);
            if (html != null) {
                html.add(f);
            }
            print.accept(f);
        };
    }

    private boolean writeHtml(HtmlReport report, AuditSummary summary) {
        try {
            report.write(summary, html);
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.println(html + ": " + CliMessages.MESSAGES.both("audit.html_not_written") + ": " + e.getMessage());
            return false;
        }
    }

    /** 万元 or 元, as the tables print them. */
    static final class UnitConverter implements ITypeConverter<CurrencyUnit> {
        @Override
        public CurrencyUnit convert(String value) {
            for (CurrencyUnit u : CurrencyUnit.values()) {
                if (u.label().equals(value.strip())) {
                    return u;
                }
            }
            throw new TypeConversionException(CliMessages.MESSAGES.both("audit.unit", value));
        }
    }
}
