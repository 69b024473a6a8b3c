package org.jixiao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jixiao.cli.report.Assessor;
import org.jixiao.core.checks.Finding;
import org.jixiao.core.declaration.ClassMissing;
import org.jixiao.core.declaration.Declaration;
import org.jixiao.core.declaration.DeclarationChecks;
import org.jixiao.core.declaration.DeclarationContext;
import org.jixiao.core.declaration.OutputIncomplete;
import org.jixiao.core.declaration.QuantitativeShareLow;
import org.jixiao.formats.text.ReadProblem;
import org.jixiao.formats.text.ReadResult;
import org.jixiao.formats.text.ReadTable;
import org.jixiao.office.TableFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code jixiao check-goals}: the checks of a 绩效目标申报表 (lifecycle §1) on every declaration of every file. */
@Command(name = "check-goals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read performance-goal declarations (published text, .xlsx or .pdf) and print what a reviewer "
                + "would find: missing classes of indicators, incomplete targets, funding that does not add up, goals "
                + "not written.",
                "读取绩效目标申报表（公开文本、.xlsx 或 .pdf），列出审核时会发现的问题：指标类别缺失、指标值不完整、资金不平衡、目标未填写等。"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was read", "1:some file could not be read (its errors say where)", "2:wrong usage"})
final class CheckGoalsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    boolean json;

    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the messages (default: zh).")
    String lang = "zh";

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, or folders of them.")
    List<Path> paths;

    /**
     * One declaration's findings; {@code indicatorsChecked} false where no indicator was read (the table cut off
     * before them), and the checks that look for classes of indicators were not run: their findings would be the
     * reader's, not the table's.
     */
    private record Checked(int index, Declaration declaration, List<Finding> findings, boolean indicatorsChecked) {
    }

    /** The checks whose findings say a class of indicators is missing: on no indicators read they say nothing. */
    private static final Set<String> CLASS_CODES = Set.of(ClassMissing.CODE, OutputIncomplete.CODE, QuantitativeShareLow.CODE);

    static Checked check(ReadTable t) {
        Declaration d = t.declaration();
        List<Finding> findings = DeclarationChecks.run(DeclarationContext.of(d));
        boolean indicators = !d.indicators().isEmpty();
        if (!indicators) {
            findings = findings.stream().filter(f -> !CLASS_CODES.contains(f.code())).toList();
        }
        return new Checked(t.index(), d, findings, indicators);
    }

    @Override
    public Integer call() {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.CHINESE;
        TableFiles reader = new TableFiles();
        PrintStream out = Reports.stdout();
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode doc = mapper.createObjectNode();
        ArrayNode files = doc.putArray("files");
        boolean allRead = true;
        for (Path file : Inputs.expand(paths)) {
            ReadResult read = Assessor.read(reader, file);
            List<Checked> checked = new ArrayList<>();
            for (ReadTable t : read.tables()) {
                checked.add(check(t));
            }
            allRead &= !read.tables().isEmpty() && read.allProblems().isEmpty();
            if (json) {
                files.add(fileJson(mapper, read, checked, locale));
            } else {
                printText(out, read, checked, locale);
            }
        }
        if (json) {
            out.println(mapper.writeValueAsString(doc));
        }
        out.flush();
        return Reports.exitStatus(allRead);
    }

    private static ObjectNode fileJson(JsonMapper mapper, ReadResult read, List<Checked> checked, Locale locale) {
        ObjectNode f = mapper.createObjectNode();
        f.put("path", read.source());
        ArrayNode declarations = f.putArray("declarations");
        for (Checked c : checked) {
            ObjectNode d = declarations.addObject();
            d.put("index", c.index());
            d.put("project", c.declaration().header().project());
            d.put("unit", c.declaration().header().unit());
            d.put("indicators", c.declaration().indicators().size());
            d.put("indicatorsChecked", c.indicatorsChecked());
            d.put("annualGoal", c.declaration().goals().annual());
            d.put("midtermGoal", c.declaration().goals().midterm());
            ArrayNode fs = d.putArray("findings");
            for (Finding x : c.findings()) {
                ObjectNode o = fs.addObject();
                o.put("code", x.code());
                o.put("severity", x.severity().name());
                o.put("indicator", x.place().indicator());
                o.put("indicatorIndex", x.place().indicatorIndex());
                o.put("message", x.message(locale));
            }
        }
        ArrayNode errors = f.putArray("errors");
        for (ReadProblem p : read.allProblems()) {
            errors.addObject().put("line", p.line()).put("message", p.message());
        }
        return f;
    }

    private static void printText(PrintStream out, ReadResult read, List<Checked> checked, Locale locale) {
        out.println("== " + read.source());
        for (ReadProblem p : read.allProblems()) {
            out.println("  " + CliMessages.MESSAGES.get(locale, "goals.cannot_read", p.line() > 0 ? " " + p.line() : "", p.message()));
        }
        for (Checked c : checked) {
            out.println("  [" + c.index() + "] " + c.declaration().header().project() + "  ("
                    + CliMessages.MESSAGES.get(locale, "goals.indicators", c.declaration().indicators().size()) + ")");
            if (!c.indicatorsChecked()) {
                out.println("      " + CliMessages.MESSAGES.get(locale, "goals.indicators_not_read"));
            }
            if (c.findings().isEmpty()) {
                out.println("      " + CliMessages.MESSAGES.get(locale, "goals.no_finding"));
            }
            for (Finding x : c.findings()) {
                String where = x.place().indicator() == null ? "" : " 「" + x.place().indicator() + "」";
                out.println("      " + x.severity() + " " + x.code() + where + ": " + x.message(locale));
            }
        }
    }
}
